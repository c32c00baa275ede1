/** The status board over HTTP: status per organization (a unit sees its own row) and plan progress, now or as of. */
package cn.duban.ui.status;
