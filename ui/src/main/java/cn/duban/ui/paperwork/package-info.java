/**
 * The office's paperwork: the 台账 (every task with its targets, figures, gaps, status, light and score), the status
 * board and the ranking as Excel workbooks, the 督查交办单 and the 督查通报 as PDF, each now or as of a past instant,
 * from the same folds as the screens ({@code query}), so a printed figure never disagrees with the board.
 */
package cn.duban.ui.paperwork;
