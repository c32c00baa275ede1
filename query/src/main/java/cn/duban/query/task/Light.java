package cn.duban.query.task;

/** The three-colour supervision light (三色督办) of API.md, plus green for on track. */
public enum Light {
    GREEN, BLUE, YELLOW, RED
}
