/**
 * What every aggregate of the command side uses: who may act ({@link cn.duban.command.shared.Require}) and how
 * malformed input is collected into one clear refusal ({@link cn.duban.command.shared.InputCheck}).
 */
package cn.duban.command.shared;
