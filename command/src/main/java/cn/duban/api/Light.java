package cn.duban.api;

/** The three-colour supervision light (三色督办) of docs/API.md, green when on track. Ordered from best to worst. */
public enum Light {
    GREEN, BLUE, YELLOW, RED
}
