// Ids name what an element is (Task_Acknowledge, Gateway_GapsFound): Java code and tests refer to them, and people read
// them in logs and in the engine's tables. Refuses the ids modelers generate: Event_0nt3pjb, StartEvent_1, sid-....
const GENERATED = /^(?:[A-Za-z]+_(?:[0-9][0-9a-z]{6}|[0-9]+)|sid-.*)$/;

module.exports = function() {
  function check(node, reporter) {
    if (!node.id || !node.$instanceOf('bpmn:BaseElement')) return;
    if (GENERATED.test(node.id)) {
      reporter.report(node.id, `Id <${node.id}> looks generated: name the element by what it is`);
    }
  }

  return { check };
};
