/**
 * Demo data for the embedded default: the sample organizations, the 2018 plan (published) and the demo users of
 * docs/API.md, loaded once at the first start and never in production.
 */
package cn.duban.ui.demo;
