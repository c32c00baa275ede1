/**
 * Login accounts as event streams: who registered an account, gave it roles and an organization, disabled or
 * enabled it. Passwords are not part of it; the application keeps their hashes in its credential table.
 */
package cn.duban.command.user;
