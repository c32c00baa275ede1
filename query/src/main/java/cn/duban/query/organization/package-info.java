/** Read side of responsible organizations: the {@code organization} table. */
package cn.duban.query.organization;
