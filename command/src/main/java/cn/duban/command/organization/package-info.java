/** The responsible organizations (责任单位), registered once under a stable code that is also their stream id. */
package cn.duban.command.organization;
