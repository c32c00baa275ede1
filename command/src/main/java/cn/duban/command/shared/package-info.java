/**
 * What every aggregate of the command side uses: how malformed input is collected into one clear refusal
 * ({@link cn.duban.command.shared.InputCheck}); who may act is {@link cn.duban.api.Require}, which the application
 * asks too.
 */
package cn.duban.command.shared;
