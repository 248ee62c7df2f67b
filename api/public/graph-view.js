// Graph view of the explorer: fetches the laid-out neighbourhood from /api/v1/graph and draws it
// with sigma.js over graphology (both loaded as UMD globals). Reports its state on the container
// (data-state, data-nodes, data-edges) so people and tests can tell that it drew.
(function () {
  'use strict';
  var el = document.getElementById('graph-canvas');
  if (!el) return;
  var status = document.getElementById('graph-status');
  var PATHS = { Person: 'people', Organization: 'organizations', Event: 'events', Source: 'sources', Topic: 'topics', Document: 'documents' };
  var PREFIX = { Person: 'person:', Organization: 'org:', Event: 'event:', Source: 'source:', Topic: 'topic:', Document: '' };

  function say(text) { if (status) status.textContent = text; }
  function pageOf(key, kind) {
    var path = PATHS[kind];
    if (!path) return null;
    var p = PREFIX[kind];
    var id = p && key.indexOf(p) === 0 ? key.slice(p.length) : key;
    return '/' + path + '/' + encodeURIComponent(id);
  }

  el.setAttribute('data-state', 'loading');
  var url = '/api/v1/graph?focus=' + encodeURIComponent(el.getAttribute('data-focus')) +
    '&depth=' + encodeURIComponent(el.getAttribute('data-depth') || '1') +
    (el.getAttribute('data-edge-kinds') ? '&edgeKinds=' + encodeURIComponent(el.getAttribute('data-edge-kinds')) : '') +
    (el.getAttribute('data-exclude-edge-kinds') ? '&excludeEdgeKinds=' + encodeURIComponent(el.getAttribute('data-exclude-edge-kinds')) : '');
  fetch(url, { headers: { Accept: 'application/json' } })
    .then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) throw new Error(body && body.error ? body.error.message : 'HTTP ' + r.status);
        return body;
      });
    })
    .then(function (data) {
      var graph = new graphology.MultiDirectedGraph();
      var kinds = {};
      data.nodes.forEach(function (n) {
        kinds[n.key] = n.kind;
        graph.addNode(n.key, { label: n.label, x: n.x, y: n.y, size: n.size, color: n.color, kind: n.kind });
      });
      data.edges.forEach(function (e) {
        if (e.from === e.to || !graph.hasNode(e.from) || !graph.hasNode(e.to)) return;
        graph.addDirectedEdgeWithKey(e.key, e.from, e.to, { label: e.kind, size: 1, color: '#c4c4c4' });
      });
      var renderer = new Sigma(graph, el, { renderEdgeLabels: false, labelRenderedSizeThreshold: 4 });
      renderer.on('clickNode', function (ev) {
        var href = pageOf(ev.node, kinds[ev.node]);
        if (href) window.location.assign(href);
      });
      el.setAttribute('data-nodes', String(graph.order));
      el.setAttribute('data-edges', String(graph.size));
      el.setAttribute('data-state', 'drawn');
      say(graph.order + ' nodes, ' + graph.size + ' edges' + (data.truncated ? ' (truncated)' : '') + '. Click a node to open its page.');
    })
    .catch(function (err) {
      el.setAttribute('data-state', 'error');
      say('Could not draw the graph: ' + err.message);
    });
})();
