/** HTTP API of login accounts for administrators: register, give roles and an organization, disable, enable. */
package cn.duban.ui.user;
