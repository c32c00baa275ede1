/**
 * Live updates for status boards: a server-sent event stream that says which task changed, once the read side has
 * committed the change, to callers allowed to see that task.
 */
package cn.duban.ui.live;
