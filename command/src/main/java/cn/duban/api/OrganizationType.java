package cn.duban.api;

/** The kinds of responsible organization (责任单位). */
public enum OrganizationType {
    CITY_FEDERATION, TOWNSHIP, PARK, CITY_AGENCY, GRASSROOTS_UNION
}
