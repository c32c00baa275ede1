/**
 * Read side of assessment (考核): task scores rolled up with their weights to a score per organization, and the
 * ranking of organizations, from the tasks of a plan as they stand now or stood at a past moment.
 */
package cn.duban.query.assessment;
