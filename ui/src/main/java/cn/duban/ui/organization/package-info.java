/** HTTP API of responsible organizations: list and register. */
package cn.duban.ui.organization;
