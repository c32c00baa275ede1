module.exports = {
  configs: {},
  rules: {
    'semantic-ids': './rules/semantic-ids'
  }
};
