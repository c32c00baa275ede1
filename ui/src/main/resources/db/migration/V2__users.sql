-- Login accounts. Passwords are stored as delegating (bcrypt) hashes, never in clear.
CREATE TABLE app_user (
    username      VARCHAR(64)  PRIMARY KEY,
    password_hash VARCHAR(255) NOT NULL,
    organization  VARCHAR(64),
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE
);

CREATE TABLE app_user_role (
    username VARCHAR(64) NOT NULL REFERENCES app_user (username),
    role     VARCHAR(16) NOT NULL,
    PRIMARY KEY (username, role)
);
