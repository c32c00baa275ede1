/**
 * Authentication and the current actor: accounts in {@code app_user} with hashed passwords, HTTP Basic for API
 * clients, role checks on each endpoint; the aggregates check organization and role again where they decide.
 */
package cn.duban.ui.security;
