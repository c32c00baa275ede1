/** Every error as an RFC 9457 problem detail: title, status, detail, and for bad input the fields at fault. */
package cn.duban.ui.problem;
