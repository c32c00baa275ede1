package cn.duban.api;

/** The roles of docs/API.md: administrators, the supervision office, responsible units and auditors. */
public enum Role {
    ADMIN, OFFICE, UNIT, AUDITOR
}
