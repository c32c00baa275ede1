// Writes the diagram (BPMN DI: a shape for every flow node, an edge for every sequence flow) of each model from the
// grid below, so the layout is reviewable text and survives regeneration. bpmn-auto-layout was tried first: its
// 1.3.0 lays sub-processes out collapsed and puts their content on the parent's plane, on top of other elements.
// Only the <bpmndi:BPMNDiagram> part of a file is replaced; the semantic part (ids, attributes, formatting) is kept.
//   npm install && node layout.mjs        (then: node render-svg.mjs, npm run lint)
// A model moved around in Camunda Modeler may instead keep its own layout: then remove it from LAYOUTS.
import { readFile, writeFile } from 'node:fs/promises';
import { BpmnModdle } from 'bpmn-moddle';

const BPMN_DIR = new URL('../src/main/resources/bpmn/', import.meta.url);

/** x of a grid column's centre; rows are given in pixels (centre y). */
const X = col => 240 + 150 * col;

// Centres [x, y] of flow nodes; boundary events: { host, x, label: 'left' | 'right' }; expanded sub-processes: box.
const LAYOUTS = {
  'TaskListProcess.bpmn': {
    StartEvent_TaskListIssued: [150, 120],
    CallActivity_SupervisionTask: [300, 120],
    EndEvent_AllTasksFinished: [460, 120],
  },
  'LightReviewProcess.bpmn': {
    StartEvent_NewDay: [150, 140],
    Gateway_NextPage: [250, 140],
    ServiceTask_ReviewPage: [380, 140],
    Gateway_MorePages: [510, 140],
    EndEvent_AllReviewed: [620, 140],
    // the next page: back over the top to the gateway before the task
    Flow_MorePages: { waypoints: [[510, 115], [510, 60], [250, 60], [250, 115]] },
  },
  'SupervisionTaskProcess.bpmn': {
    StartEvent_TaskIssued: [60, 200],
    Gateway_SupervisionFork: [130, 200],
    SubProcess_Supervision: { box: [190, 60, X(15.5) + 60, 560] },
    StartEvent_Supervision: [X(0), 200],

    // 签收: the reminder and the escalation stay inside the phase, so acknowledging withdraws what is left of them
    SubProcess_Acknowledgement: { box: [X(0.75) - 50, 110, X(4.5) + 45, 510] },
    StartEvent_Acknowledgement: [X(0.75), 200],
    Task_Acknowledge: [X(1.5), 200],
    EndEvent_Acknowledged: [X(3.5), 200],
    BoundaryEvent_AcknowledgeIgnored: { host: 'Task_Acknowledge', x: X(1.5) - 28, label: 'left' },
    BoundaryEvent_AcknowledgeReminder: { host: 'Task_Acknowledge', x: X(1.5) + 28, label: 'right' },
    ServiceTask_RemindAcknowledge: [X(2.5), 330],
    EndEvent_AcknowledgeReminded: [X(3.5), 330],
    ServiceTask_EscalateAcknowledge: [X(2.5), 450],
    Task_ChaseAcknowledgement: [X(3.5), 450],
    EndEvent_AcknowledgementChased: [X(4.5), 450],

    SubProcess_FollowUp: { box: [X(5.5) - 70, 100, X(10.5) + 70, 500] },
    StartEvent_FollowUp: [X(5.5), 200],
    Gateway_FollowUpFork: [X(6.5), 200],
    Gateway_ReportLoop: [X(7.5), 200],
    Task_ReportProgress: [X(8.5), 200],
    BoundaryEvent_ReportDue: { host: 'Task_ReportProgress', x: X(8.5) + 20, label: 'right' },
    ServiceTask_RemindReport: [X(9.5), 320],
    EndEvent_ReportReminded: [X(10.5), 320],
    Task_ReviewGaps: [X(8.5), 440],
    EndEvent_FollowUpDone: [X(10.5), 440],

    Gateway_ReviewDone: [X(11.5), 200],
    Gateway_GapsFound: { at: [X(12.5), 200], label: 'above' },
    Task_Rectify: [X(12.5), 320],
    Task_VerifyRectification: [X(11.5), 320],
    BusinessRuleTask_SuggestScore: [X(13.5), 200],
    Task_Assess: [X(14.5), 200],
    EndEvent_Assessed: [X(15.5), 200],
    EndEvent_TaskClosed: [X(15.5) + 145, 200],

    BoundaryEvent_ExtensionRequested: { host: 'SubProcess_Supervision', x: X(2.5), label: 'right' },
    Task_DecideExtension: [X(2.5), 660],
    EndEvent_ExtensionDecided: [X(3.5), 660],
    BoundaryEvent_Withdrawn: { host: 'SubProcess_Supervision', x: X(5), label: 'right' },
    EndEvent_Withdrawn: [X(5), 660],

    // 期限监控, beside the supervision: ends and starts again when the deadline moves
    Gateway_DeadlineWatch: [130, 820],
    SubProcess_DeadlineWatch: { box: [190, 740, X(5.5) + 45, 1120] },
    StartEvent_DeadlineWatch: [X(0), 820],
    ReceiveTask_DeadlineMoved: [X(1.5), 820],
    EndEvent_DeadlineMoved: [X(3.5), 820],
    BoundaryEvent_DeadlinePassed: { host: 'ReceiveTask_DeadlineMoved', x: X(1.5) - 28, label: 'left' },
    BoundaryEvent_WarningWindow: { host: 'ReceiveTask_DeadlineMoved', x: X(1.5) + 28, label: 'right' },
    ServiceTask_WarnDeadline: [X(2.5), 940],
    EndEvent_Warned: [X(3.5), 940],
    ServiceTask_MarkOverdue: [X(2.5), 1060],
    ServiceTask_EscalateOverdue: [X(3.5), 1060],
    Task_HandleOverdue: [X(4.5), 1060],
    EndEvent_OverdueHandled: [X(5.5), 1060],
    Gateway_DeadlineMoved: [X(6.5), 820],
    ServiceTask_ReviewMovedDeadline: [X(7.5), 820],
    EndEvent_MovedDeadlineReviewed: [X(8.5), 820],

    // the watch starts again: under its own box, back to the gateway before it
    Flow_WatchAgain: { waypoints: [[X(6.5), 845], [X(6.5), 1160], [130, 1160], [130, 845]] },
    // from the acknowledgement to the follow-up along the main row
    Flow_ToFollowUp: { waypoints: [[X(4.5) + 45, 200], [X(5.5) - 70, 200]] },
    // the report loop goes back over the top of the task
    Flow_ReportAgain: { waypoints: [[X(8.5), 160], [X(8.5), 142], [X(7.5), 142], [X(7.5), 175]] },
  },
};

const SIZES = { event: [36, 36], gateway: [50, 50], activity: [100, 80] };
const CHAR = 13; // width of one Chinese character in the 12px label font, rounded up

function kind(element) {
  if (/Event$/.test(element.$type)) return 'event';
  if (/Gateway$/.test(element.$type)) return 'gateway';
  return 'activity';
}

function bounds(center, [w, h]) {
  return { x: center[0] - w / 2, y: center[1] - h / 2, width: w, height: h };
}

function labelBounds(element, b, where) {
  const width = Math.max(36, CHAR * [...(element.name ?? '')].length);
  const cx = b.x + b.width / 2;
  if (where === 'above') return { x: cx - width / 2, y: b.y - 22, width, height: 14 };
  if (where === 'left') return { x: cx - 6 - width, y: b.y + b.height + 4, width, height: 14 };
  if (where === 'right') return { x: cx + 6, y: b.y + b.height + 4, width, height: 14 };
  return { x: cx - width / 2, y: b.y + b.height + 5, width, height: 14 };
}

function layoutShapes(elements, spec, shapes) {
  const nodes = elements.filter(e => e.$instanceOf('bpmn:FlowNode'));
  for (const element of nodes.filter(e => !e.$instanceOf('bpmn:BoundaryEvent'))) {
    const place = spec[element.id];
    if (!place) throw new Error(`no place in the layout for ${element.id}`);
    if (place.box) {
      const [x1, y1, x2, y2] = place.box;
      shapes.set(element.id, { element, b: { x: x1, y: y1, width: x2 - x1, height: y2 - y1 }, expanded: true });
      layoutShapes(element.flowElements ?? [], spec, shapes);
      continue;
    }
    const at = Array.isArray(place) ? place : place.at;
    const b = bounds(at, SIZES[kind(element)]);
    shapes.set(element.id, { element, b, label: element.name && kind(element) !== 'activity' ? labelBounds(element, b, place.label) : null });
  }
  for (const element of nodes.filter(e => e.$instanceOf('bpmn:BoundaryEvent'))) {
    const place = spec[element.id];
    if (!place) throw new Error(`no place in the layout for ${element.id}`);
    const host = shapes.get(place.host).b;
    const b = bounds([place.x, host.y + host.height], SIZES.event);
    shapes.set(element.id, { element, b, label: element.name ? labelBounds(element, b, place.label) : null });
  }
}

const mid = b => [b.x + b.width / 2, b.y + b.height / 2];

/** Orthogonal route: straight when aligned, otherwise down (or up) from the source, then across into the target. */
function route(s, t, fromBoundary) {
  const [sx, sy] = mid(s);
  const [tx, ty] = mid(t);
  if (fromBoundary) {
    return Math.abs(sx - tx) < 1 ? [[sx, s.y + s.height], [sx, t.y]]
      : [[sx, s.y + s.height], [sx, ty], [tx > sx ? t.x : t.x + t.width, ty]];
  }
  const overlapY = s.y < t.y + t.height && t.y < s.y + s.height;
  if (overlapY && Math.abs(sx - tx) >= 1) {
    const y = s.height <= t.height ? sy : ty;
    return tx > sx ? [[s.x + s.width, y], [t.x, y]] : [[s.x, y], [t.x + t.width, y]];
  }
  const down = ty > sy;
  const fromY = down ? s.y + s.height : s.y;
  if (Math.abs(sx - tx) < 1) return [[sx, fromY], [sx, down ? t.y : t.y + t.height]];
  return [[sx, fromY], [sx, ty], [tx > sx ? t.x : t.x + t.width, ty]];
}

function flowLabel(flow, points) {
  const [[x1, y1], [x2, y2]] = points.slice(-2);
  const width = Math.max(14, CHAR * [...flow.name].length);
  return x1 === x2
    ? { x: x1 + 6, y: (y1 + y2) / 2 - 7, width, height: 14 }
    : { x: (x1 + x2) / 2 - width / 2, y: y1 - 20, width, height: 14 };
}

const n = v => Math.round(v * 10) / 10;
const boundsXml = (tag, b) => `<${tag} x="${n(b.x)}" y="${n(b.y)}" width="${n(b.width)}" height="${n(b.height)}" />`;

function diagramXml(process, spec) {
  const shapes = new Map();
  layoutShapes(process.flowElements, spec, shapes);
  const lines = [];
  for (const [id, { element, b, label, expanded }] of shapes) {
    const extra = expanded ? ' isExpanded="true"' : element.$type === 'bpmn:ExclusiveGateway' ? ' isMarkerVisible="true"' : '';
    lines.push(`      <bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"${extra}>`, `        ${boundsXml('dc:Bounds', b)}`);
    if (label) lines.push('        <bpmndi:BPMNLabel>', `          ${boundsXml('dc:Bounds', label)}`, '        </bpmndi:BPMNLabel>');
    lines.push('      </bpmndi:BPMNShape>');
  }
  const flows = [];
  const collect = elements => elements.forEach(e => {
    if (e.$instanceOf('bpmn:SequenceFlow')) flows.push(e);
    if (e.flowElements) collect(e.flowElements);
  });
  collect(process.flowElements);
  for (const flow of flows) {
    const points = spec[flow.id]?.waypoints
      ?? route(shapes.get(flow.sourceRef.id).b, shapes.get(flow.targetRef.id).b, flow.sourceRef.$instanceOf('bpmn:BoundaryEvent'));
    lines.push(`      <bpmndi:BPMNEdge id="${flow.id}_di" bpmnElement="${flow.id}">`);
    points.forEach(([x, y]) => lines.push(`        <di:waypoint x="${n(x)}" y="${n(y)}" />`));
    if (flow.name) lines.push('        <bpmndi:BPMNLabel>', `          ${boundsXml('dc:Bounds', flowLabel(flow, points))}`, '        </bpmndi:BPMNLabel>');
    lines.push('      </bpmndi:BPMNEdge>');
  }
  return [
    `  <bpmndi:BPMNDiagram id="BPMNDiagram_${process.id}">`,
    `    <bpmndi:BPMNPlane id="BPMNPlane_${process.id}" bpmnElement="${process.id}">`,
    ...lines,
    '    </bpmndi:BPMNPlane>',
    '  </bpmndi:BPMNDiagram>',
  ].join('\n');
}

const moddle = new BpmnModdle();
for (const [file, spec] of Object.entries(LAYOUTS)) {
  const url = new URL(file, BPMN_DIR);
  const xml = (await readFile(url, 'utf8')).replace(/\n?\s*<bpmndi:BPMNDiagram[\s\S]*<\/bpmndi:BPMNDiagram>/, '');
  const { rootElement, warnings } = await moddle.fromXML(xml);
  if (warnings.length) throw new Error(`${file}: ${warnings.map(w => w.message).join('; ')}`);
  const processes = rootElement.rootElements.filter(e => e.$instanceOf('bpmn:Process'));
  if (processes.length !== 1) throw new Error(`${file}: expected one process`);
  const out = xml.replace(/\n?<\/bpmn:definitions>\s*$/, `\n${diagramXml(processes[0], spec)}\n</bpmn:definitions>\n`);
  await writeFile(url, out);
  console.log(`${file}: diagram written`);
}
