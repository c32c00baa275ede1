/**
 * The web front end as the application serves it: the single-page app built from {@code src/main/frontend} into
 * {@code static/}, at {@code /} and at every client-side route.
 */
package cn.duban.ui.web;
