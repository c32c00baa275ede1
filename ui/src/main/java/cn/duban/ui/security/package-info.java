/**
 * Authentication and the current actor: accounts in {@code app_user} with hashed passwords, HTTP Basic for API
 * clients, role checks on each endpoint; the aggregates check organization and role again where they decide. Logins,
 * failed logins, logouts and lockouts are recorded as events (等保 2.0), and new passwords follow a policy.
 */
package cn.duban.ui.security;
