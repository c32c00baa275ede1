package cn.duban.command.task;

import cn.duban.api.Rating;

/** The rating (等次) that goes with a score: 90 and above excellent, 80 good, 60 pass, below 60 fail. */
public final class RatingRules {

    private RatingRules() {
    }

    public static Rating rate(int score) {
        if (score >= 90) {
            return Rating.EXCELLENT;
        }
        if (score >= 80) {
            return Rating.GOOD;
        }
        return score >= 60 ? Rating.PASS : Rating.FAIL;
    }
}
