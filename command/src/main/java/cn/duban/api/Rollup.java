package cn.duban.api;

/** How the units' figures combine into the city figure: added up, the weakest unit, or every milestone done. */
public enum Rollup {
    SUM, MIN, ALL
}
