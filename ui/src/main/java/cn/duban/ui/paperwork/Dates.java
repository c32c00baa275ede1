package cn.duban.ui.paperwork;

import java.time.LocalDate;

/** Days as official papers write them: 2018年6月30日. */
final class Dates {

    private Dates() {
    }

    static String chinese(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}
