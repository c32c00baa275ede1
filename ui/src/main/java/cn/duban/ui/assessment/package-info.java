/** Assessment over HTTP: the ranking of organizations by their weighted scores, for the office and auditors. */
package cn.duban.ui.assessment;
