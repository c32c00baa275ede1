/** The application: HTTP API by feature, security, Axon wiring, error answers and the demo data. */
package cn.duban.ui;
