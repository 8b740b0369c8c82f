/* mapper.js: draws mapper's events on a Leaflet map from one compact JSON blob.
 *
 * Every text in the blob comes from a report, which is untrusted: it reaches
 * the page only through textContent and DOM nodes, never through innerHTML.
 * The blob is built by mapper/mapmaker.py (see _payload there for its shape).
 */
(function () {
  "use strict";

  var NONE = "none";
  var LABELS = {
    liberated: "Liberated",
    occupied: "Occupied",
    attacked: "Attacked",
    none: "No status"
  };
  /* Markers of different statuses at one place are nudged apart (in pixels) so none hides another. */
  var NUDGE = {
    liberated: [-5, 0],
    occupied: [5, 0],
    attacked: [0, -5],
    none: [0, 5]
  };
  // Popups pan the map clear of the controls in its corners (slider, legend, layers).
  var POPUP = { maxWidth: 360, autoPanPaddingTopLeft: [50, 60], autoPanPaddingBottomRight: [50, 120] };
  var LOW_CONFIDENCE = 50;  // hundredths: mapper.publishing.mapmaker.LOW_CONFIDENCE
  var ANIMATE_UP_TO = 20000;  // more markers than this: clusters split and merge without animation
  var MIN_ZOOM = 4, MAX_ZOOM = 15;  // Ukraine whole in a small embed .. street level
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"];
  var DAY_MS = 86400000;
  var PLAY_EVERY_MS = 700;  // one event date per step when the slider plays
  var ALL = "all events";
  var COLOURS = {
    liberated: "#0072B2",
    occupied: "#D55E00",
    attacked: "#E69F00",
    none: "#7f7f7f"
  };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function isWebUrl(url) {
    return typeof url === "string" && /^https?:\/\//i.test(url);
  }

  /* The sentence as text nodes, the place's span inside a <mark>. */
  function evidence(sentence, start, end) {
    var block = el("blockquote", "mapper-evidence");
    if (start >= 0 && end > start && end <= sentence.length) {
      block.appendChild(document.createTextNode(sentence.slice(0, start)));
      block.appendChild(el("mark", null, sentence.slice(start, end)));
      block.appendChild(document.createTextNode(sentence.slice(end)));
    } else {
      block.textContent = sentence;
    }
    return block;
  }

  /* An ISO date to its precision: "10 September 2022", "September 2022" or "2022", never a false day. */
  function dateText(iso, precision) {
    var parts = iso.split("-"), year = parts[0], month = MONTHS[Number(parts[1]) - 1];
    if (precision === "year") { return year; }
    if (precision === "month") { return month + " " + year; }
    return Number(parts[2]) + " " + month + " " + year;
  }

  var PRECISION = { day: "to the day", month: "to the month", year: "to the year" };
  var SOURCE = { sentence: "from its sentence", context: "from the text before it", report: "the report's date: the text gives none" };

  /* Days between ISO dates, and an ISO date plus days (in UTC: no time zone shifts a day). */
  function dayNumber(iso) { return Math.round(Date.parse(iso + "T00:00:00Z") / DAY_MS); }
  function isoOfDay(number) { return new Date(number * DAY_MS).toISOString().slice(0, 10); }

  function shapeHtml(status) {
    return '<span class="mapper-shape mapper-' + status + '"></span>';
  }

  function MapperMap(map, data, options) {
    this.map = map;
    this.data = data;
    this.options = options || {};
    this.keys = data.statuses.concat([NONE]);
    this.markers = [];        // event index -> L.Marker (null for events drawn as an outline)
    this.groups = {};         // status -> L.MarkerClusterGroup
    this.outlines = {};       // place index -> L.GeoJSON of its region
    this.ready = false;
    this.drawn = 0;
    this.regionEvents = 0;
    this._build();
  }

  MapperMap.prototype.statusOf = function (event) {
    return event[1] < 0 ? NONE : this.data.statuses[event[1]];
  };

  /* When the event happened (its own date, else its report's): an ISO date, or null. */
  MapperMap.prototype.dateOf = function (event) {
    return event[9] || null;
  };

  MapperMap.prototype._icon = function (status, region, low) {
    var key = (region ? "r-" : "") + (low ? "low-" : "") + status;
    this._icons = this._icons || {};
    if (!this._icons[key]) {
      this._icons[key] = L.divIcon({
        className: "mapper-icon" + (region ? " mapper-region-icon" : "") + (low ? " mapper-low" : ""),
        html: region ? '<span class="mapper-ring">' + shapeHtml(status) + "</span>" : shapeHtml(status),
        iconSize: region ? [26, 26] : [16, 16],
        iconAnchor: region ? [13, 13] : [8 - NUDGE[status][0], 8 - NUDGE[status][1]]
      });
    }
    return this._icons[key];
  };

  MapperMap.prototype._clusterIcon = function (status) {
    return function (cluster) {
      var count = cluster.getChildCount();
      var size = count < 100 ? 30 : count < 1000 ? 36 : 44;
      return L.divIcon({
        html: '<div><span>' + count + "</span></div>",
        className: "mapper-cluster mapper-cluster-" + status,
        iconSize: L.point(size, size),
        iconAnchor: L.point(size / 2 - 2 * NUDGE[status][0], size / 2 - 2 * NUDGE[status][1])
      });
    };
  };

  /* The popup of one event, built from the data with DOM nodes only. */
  MapperMap.prototype.popupFor = function (index) {
    var data = this.data, event = data.events[index];
    var place = data.places[event[0]], report = data.reports[event[2]];
    var status = this.statusOf(event);
    var box = el("div", "mapper-popup");
    var head = el("div", "mapper-popup-place");
    head.appendChild(el("strong", null, place[1]));
    if (place[2]) { head.appendChild(el("span", "mapper-uk", " " + place[2])); }
    box.appendChild(head);
    if (place[3]) { box.appendChild(el("div", "mapper-oblast", place[3])); }
    var badge = el("div", "mapper-status mapper-status-" + status);
    badge.innerHTML = shapeHtml(status);  // a constant of this file, no report text
    badge.appendChild(document.createTextNode(" " + LABELS[status]));
    box.appendChild(badge);
    if (event[6] >= 0) { box.appendChild(el("div", "mapper-cue", "Cue: \u201c" + data.cues[event[6]] + "\u201d")); }
    if (status !== "none" && event[8] < LOW_CONFIDENCE) {
      box.appendChild(el("div", "mapper-uncertain",
        "Low confidence (" + (event[8] / 100).toFixed(2) + "): the reading of this sentence is uncertain; read the evidence"));
    }
    if (event[7] > 1) {
      box.appendChild(el("div", "mapper-uncertain",
        "Uncertain place: " + event[7] + " places have this name and nothing in the report told them apart"));
    }
    if (event[9]) {
      var when = el("div", "mapper-when", "When: " + dateText(event[9], event[10]));
      var how = [PRECISION[event[10]], SOURCE[event[11]]].filter(Boolean).join(", ");
      if (how) { when.appendChild(el("span", "mapper-precision", " (" + how + ")")); }
      box.appendChild(when);
    }
    var meta = el("div", "mapper-report");
    meta.appendChild(el("span", "mapper-title", report[1] || report[0]));
    if (report[2]) { meta.appendChild(el("span", "mapper-date", " · reported " + report[2])); }
    box.appendChild(meta);
    if (report[3] || report[4]) {
      var source = el("div", "mapper-source");
      if (isWebUrl(report[4])) {
        var link = el("a", null, report[3] || report[4]);
        link.href = report[4];
        link.target = "_blank";
        link.rel = "noopener noreferrer";
        source.appendChild(link);
      } else {
        source.textContent = report[3] || report[4];
      }
      box.appendChild(source);
    }
    box.appendChild(evidence(data.sentences[event[3]], event[4], event[5]));
    return box;
  };

  MapperMap.prototype._regionPopup = function (placeIndex) {
    var self = this, box = el("div", "mapper-popup");
    var shown = self._visible || self.data.events.map(function (_, i) { return i; });
    shown.forEach(function (i) {
      if (self.data.events[i][0] === placeIndex) { box.appendChild(self.popupFor(i)); }
    });
    return box;
  };

  MapperMap.prototype._build = function () {
    var self = this, map = this.map, data = this.data;
    // Clustering needs a maximum zoom (a map without tiles has none) and builds its tree for every
    // level between the two: oblast to street level is enough for places, and keeps 100,000 markers quick.
    map.options.minZoom = Math.max(map.options.minZoom || 0, MIN_ZOOM);
    map.options.maxZoom = Math.min(map.options.maxZoom || MAX_ZOOM, MAX_ZOOM);
    this.keys.forEach(function (status) {
      var group = L.markerClusterGroup({
        chunkedLoading: true,
        chunkProgress: function (done, total) { if (done === total) { self._groupDone(); } },
        animate: data.events.length <= ANIMATE_UP_TO,
        showCoverageOnHover: false,
        maxClusterRadius: 40,
        iconCreateFunction: self._clusterIcon(status)
      });
      // One popup and one tooltip per group, filled for the marker at hand: 100,000 markers stay light.
      group.bindPopup(function (marker) { return self.popupFor(marker.mapperIndex); }, POPUP);
      group.bindTooltip(function (marker) { return self.placeName(marker.mapperIndex); });
      self.groups[status] = group;
    });
    var outlines = data.outlines ? data.outlines.features : [];
    this.regionLayer = L.layerGroup();
    data.events.forEach(function (event, i) {
      var place = data.places[event[0]];
      var status = self.statusOf(event);
      if (place[6] >= 0 && outlines[place[6]]) {
        self.markers.push(null);
        self.regionEvents += 1;
        if (!self.outlines[event[0]]) {
          var layer = L.geoJSON(outlines[place[6]], { interactive: true });
          layer.bindTooltip(el("span", null, place[1] + (data.outlines_approximate ? " (approximate outline)" : "")));
          layer.bindPopup(function () { return self._regionPopup(event[0]); }, POPUP);
          self.outlines[event[0]] = layer;
          self.regionLayer.addLayer(layer);
        }
        return;
      }
      var marker = L.marker([place[4], place[5]], {
        icon: self._icon(status, place[6] === -2, status !== "none" && event[8] < LOW_CONFIDENCE),
        keyboard: false
      });
      marker.mapperIndex = i;
      self.markers.push(marker);
    });
    this._buildBase();
    this._buildControls();
    this.regionLayer.addTo(map);
    this.keys.forEach(function (status) { self.groups[status].addTo(map); });
    this.show(null);
    this.fitAll();
    this._fitted = true;
    this._checkReady();
    map.attributionControl.addAttribution(
      'Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)');
    if (data.outlines_attribution) {
      map.attributionControl.addAttribution(
        el("span", null, data.outlines_attribution).innerHTML);
    }
    if (window.self !== window.top || this.options.scrollAfterClick) {
      // Inside an iframe the page scrolls on; the map zooms once it is clicked.
      map.scrollWheelZoom.disable();
      map.on("click focus", function () { map.scrollWheelZoom.enable(); });
      map.on("mouseout blur", function () { map.scrollWheelZoom.disable(); });
    }
  };

  /* A base layer that needs no tile server: oblast outlines, or a graticule. */
  MapperMap.prototype._buildBase = function () {
    var data = this.data, base;
    if (data.outlines) {
      base = L.geoJSON(data.outlines, {
        interactive: false,
        style: { color: "#555", weight: 1, fillColor: "#f2efe9", fillOpacity: 1 }
      });
    } else {
      base = L.layerGroup();
      for (var lat = 40; lat <= 56; lat += 2) {
        base.addLayer(L.polyline([[lat, 18], [lat, 44]], { color: "#bbb", weight: 1, interactive: false }));
      }
      for (var lon = 18; lon <= 44; lon += 2) {
        base.addLayer(L.polyline([[40, lon], [56, lon]], { color: "#bbb", weight: 1, interactive: false }));
      }
    }
    // Names sit above the outlines and below every marker; where two collide the first (larger) wins.
    if (!this.map.getPane("mapperLabels")) { this.map.createPane("mapperLabels").style.zIndex = 450; }
    var labels = this.labels = [];
    (data.labels || []).forEach(function (label) {
      var marker = L.marker([label[1], label[2]], {
        icon: L.divIcon({ className: "mapper-label", html: el("span", null, label[0]), iconSize: null }),
        interactive: false,
        keyboard: false,
        pane: "mapperLabels"
      });
      labels.push(marker);
      base.addLayer(marker);
    });
    var self = this;
    this.map.on("zoomend viewreset", function () { self._declutter(); });
    base.on("add", function () { self._declutter(); });
    this.bases = {};
    var tiles = this.options.tiles || {};
    Object.keys(tiles).forEach(function (name) { this.bases[name] = tiles[name]; }, this);
    var vectorName = !data.outlines ? "Grid (offline)"
      : data.outlines_approximate ? "Approximate oblast outlines (offline)" : "Oblast outlines (offline)";
    this.bases[vectorName] = base;
    if (Object.keys(tiles).length === 0) { base.addTo(this.map); }
  };

  /* Hide the labels that would overlap one already shown (the labels come largest oblast first). */
  MapperMap.prototype._declutter = function () {
    var shown = [], map = this.map;
    this.labels.forEach(function (marker) {
      var span = marker.getElement() && marker.getElement().firstChild;
      if (!span) { return; }
      span.style.visibility = "";
      // From the label's own position (the layout may lag a zoom), its size, and a margin of a few pixels.
      var at = map.latLngToContainerPoint(marker.getLatLng());
      var w = span.offsetWidth / 2 + 4, h = span.offsetHeight / 2 + 2;
      var box = { left: at.x - w, right: at.x + w, top: at.y - h, bottom: at.y + h };
      var clash = shown.some(function (other) {
        return box.left < other.right && other.left < box.right && box.top < other.bottom && other.top < box.bottom;
      });
      if (clash) { span.style.visibility = "hidden"; } else { shown.push(box); }
    });
  };

  MapperMap.prototype._buildControls = function () {
    var self = this, map = this.map, data = this.data;
    var overlays = {};
    var counts = {};
    data.events.forEach(function (event) {
      var status = self.statusOf(event);
      counts[status] = (counts[status] || 0) + 1;
    });
    this.keys.forEach(function (status) {
      if (counts[status]) {
        overlays[shapeHtml(status) + " " + LABELS[status] + ' (<span class="mapper-count" data-status="' +
          status + '">' + counts[status] + "</span>)"] = self.groups[status];
      }
    });
    if (this.regionEvents) { overlays["Oblasts with a status"] = this.regionLayer; }
    L.control.layers(this.bases, overlays, { collapsed: false }).addTo(map);
    if (data.dates.length) { this._buildSlider(); }
    if (data.unresolved.length) { this._buildUnresolved(); }
  };

  /* The time slider: one step per day from the first event date to the last, then "all events";
   * a play button steps through the days that have events. */
  MapperMap.prototype._buildSlider = function () {
    var self = this, dates = this.data.dates;
    var first = dayNumber(dates[0]), days = dayNumber(dates[dates.length - 1]) - first + 1;
    var Slider = L.Control.extend({
      options: { position: "bottomleft" },
      onAdd: function () {
        var box = el("div", "mapper-slider leaflet-bar");
        var label = el("label", null, "Status as of: ");
        var value = el("output", "mapper-slider-value", ALL);
        var play = el("button", "mapper-play", "\u25b6");
        play.type = "button";
        play.setAttribute("aria-label", "Play");
        var input = el("input");
        input.type = "range";
        input.min = "0";
        input.max = String(days);
        input.value = String(days);
        input.setAttribute("aria-label", "Show each place's status as of this day");
        label.appendChild(value);
        box.appendChild(label);
        box.appendChild(play);
        box.appendChild(input);
        input.addEventListener("input", function () { self._slideTo(Number(input.value)); });
        play.addEventListener("click", function () { if (self._playing) { self.pause(); } else { self.play(); } });
        L.DomEvent.disableClickPropagation(box);
        self.sliderInput = input;
        self.sliderValue = value;
        self.playButton = play;
        return box;
      }
    });
    this.sliderFirst = first;
    this.sliderDays = days;
    new Slider().addTo(this.map);
  };

  /* Show the status as of day ``step`` of the slider (its last step: every event). */
  MapperMap.prototype._slideTo = function (step) {
    var day = step >= this.sliderDays ? null : isoOfDay(this.sliderFirst + step);
    this.sliderInput.value = String(step);
    this.sliderValue.textContent = day === null ? ALL : day;
    this.show(day);
  };

  /* Show the status as of an ISO day (null: every event), moving the slider there. */
  MapperMap.prototype.showDay = function (day) {
    if (!this.sliderInput) { this.show(day); return; }
    var step = day === null ? this.sliderDays : dayNumber(day) - this.sliderFirst;
    this._slideTo(Math.max(0, Math.min(step, this.sliderDays)));
  };

  /* Step through the days with events, one every PLAY_EVERY_MS, then stop on "all events". */
  MapperMap.prototype.play = function () {
    var self = this, dates = this.data.dates;
    if (!this.sliderInput) { return; }
    var at = Number(this.sliderInput.value);
    if (at >= this.sliderDays) { at = -1; }  // from the end: start again at the first day
    this._playing = true;
    this.playButton.textContent = "\u23f8";
    this.playButton.setAttribute("aria-label", "Pause");
    function step() {
      var next = null;
      for (var i = 0; i < dates.length; i += 1) {
        var offset = dayNumber(dates[i]) - self.sliderFirst;
        if (offset > at) { next = offset; break; }
      }
      at = next === null ? self.sliderDays : next;
      self._slideTo(at);
      if (at >= self.sliderDays) { self.pause(); }
    }
    step();
    if (this._playing) { this._timer = window.setInterval(step, this.playEvery || PLAY_EVERY_MS); }
  };

  MapperMap.prototype.pause = function () {
    this._playing = false;
    if (this._timer) { window.clearInterval(this._timer); this._timer = null; }
    if (this.playButton) {
      this.playButton.textContent = "\u25b6";
      this.playButton.setAttribute("aria-label", "Play");
    }
  };

  MapperMap.prototype._buildUnresolved = function () {
    var data = this.data;
    var Panel = L.Control.extend({
      options: { position: "topleft" },
      onAdd: function () {
        var box = el("details", "mapper-unresolved leaflet-bar");
        box.appendChild(el("summary", null, "Names not found in the gazetteer (" + data.unresolved.length + ")"));
        var list = el("ol");
        data.unresolved.forEach(function (item) {
          var entry = el("li");
          entry.appendChild(el("strong", null, item[0]));
          entry.appendChild(el("span", "mapper-date", " · " + (data.reports[item[1]][1] || data.reports[item[1]][0])));
          entry.appendChild(evidence(data.sentences[item[2]], item[3], item[4]));
          list.appendChild(entry);
        });
        box.appendChild(list);
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        return box;
      }
    });
    new Panel().addTo(this.map);
  };

  /* Show every event (day null) or each place's events of its latest event date on or before day
   * (as mapper.status_as_of does: events without a status or a date are left out). */
  MapperMap.prototype.show = function (day) {
    var self = this, events = this.data.events, visible = [];
    if (day === null) {
      visible = events.map(function (_, i) { return i; });
    } else {
      var latest = {};
      events.forEach(function (event) {
        var date = self.dateOf(event);
        if (date && date <= day && event[1] >= 0 && (!latest[event[0]] || date > latest[event[0]])) {
          latest[event[0]] = date;
        }
      });
      events.forEach(function (event, i) {
        if (event[1] >= 0 && self.dateOf(event) === latest[event[0]]) { visible.push(i); }
      });
    }
    this._visible = visible;
    var byStatus = {};
    this.keys.forEach(function (status) { byStatus[status] = []; });
    var regionStatus = {};
    visible.forEach(function (i) {
      var event = events[i], status = self.statusOf(event);
      if (self.markers[i]) {
        byStatus[status].push(self.markers[i]);
      } else if (status !== NONE || !regionStatus[event[0]]) {
        regionStatus[event[0]] = status;
      }
    });
    this._count(visible);
    this.drawn = 0;
    this.ready = false;
    this._pending = this.keys.length;
    this.keys.forEach(function (status) {
      var group = self.groups[status];
      group.clearLayers();
      self.drawn += byStatus[status].length;
      group.addLayers(byStatus[status], true);  // on the map: clusters in chunks, then calls _groupDone
      if (!self.map.hasLayer(group)) { self._groupDone(); }  // off: queued until switched on
    });
    Object.keys(this.outlines).forEach(function (placeIndex) {
      var layer = self.outlines[placeIndex], status = regionStatus[placeIndex];
      if (status) {
        layer.setStyle({ color: COLOURS[status], weight: 3, fillColor: COLOURS[status], fillOpacity: 0.12,
          dashArray: status === "occupied" ? "8 4" : status === "attacked" ? "2 4" : null });
        self.regionLayer.addLayer(layer);
      } else {
        self.regionLayer.removeLayer(layer);
      }
    });
  };

  /* The legend's and the layer control's counts: the events shown now, by status. */
  MapperMap.prototype._count = function (visible) {
    var self = this, counts = {};
    visible.forEach(function (i) {
      var status = self.statusOf(self.data.events[i]);
      counts[status] = (counts[status] || 0) + 1;
    });
    var spans = this.map.getContainer().querySelectorAll(".mapper-count");
    Array.prototype.forEach.call(spans, function (span) {
      span.textContent = String(counts[span.getAttribute("data-status")] || 0);
    });
  };

  /* Ready once every group has clustered its markers (in chunks) and the view is set. */
  MapperMap.prototype._groupDone = function () {
    this._pending -= 1;
    this._checkReady();
  };

  MapperMap.prototype._checkReady = function () {
    this.ready = this._pending <= 0 && this._fitted === true;
  };

  MapperMap.prototype.placeName = function (index) {
    return el("span", null, this.data.places[this.data.events[index][0]][1]);
  };

  /* Fit the view to every place and region outline. */
  MapperMap.prototype.fitAll = function () {
    var bounds = L.latLngBounds([]);
    this.data.places.forEach(function (place) { bounds.extend([place[4], place[5]]); });
    Object.keys(this.outlines).forEach(function (key) { bounds.extend(this.outlines[key].getBounds()); }, this);
    if (bounds.isValid()) { this.map.fitBounds(bounds, { padding: [24, 24], maxZoom: 10, animate: false }); }
  };

  /* Fly to the place of one event and open its popup (used by the report pages). */
  MapperMap.prototype.focus = function (index) {
    var self = this;
    if (this._visible && this._visible.indexOf(index) < 0) {
      this.pause();
      this.showDay(null);
    }
    var marker = this.markers[index];
    if (marker) {
      var group = this.groups[this.statusOf(this.data.events[index])];
      if (!this.map.hasLayer(group)) { this.map.addLayer(group); }
      group.zoomToShowLayer(marker, function () {
        L.popup(POPUP).setLatLng(marker.getLatLng()).setContent(self.popupFor(index)).openOn(self.map);
      });
      return;
    }
    var outline = this.outlines[this.data.events[index][0]];
    if (outline) {
      this.map.flyToBounds(outline.getBounds());
      outline.openPopup(outline.getBounds().getCenter());
    }
  };

  window.mapper = window.mapper || { maps: [] };
  window.mapper.draw = function (map, dataId, options) {
    var data = JSON.parse(document.getElementById(dataId).textContent);
    var drawn = new MapperMap(map, data, options);
    window.mapper.maps.push(drawn);
    return drawn;
  };
  window.mapper.focus = function (index) {
    window.mapper.maps[0].focus(index);
    return false;
  };

  /* Static site: a click on a place in a report's text (or the table) shows it on the map. */
  document.addEventListener("click", function (e) {
    var link = e.target.closest ? e.target.closest("[data-mapper-event]") : null;
    if (!link || !window.mapper.maps.length) { return; }
    e.preventDefault();
    var frame = window.mapper.maps[0].map.getContainer();
    if (frame.scrollIntoView) { frame.scrollIntoView({ block: "nearest" }); }
    window.mapper.focus(Number(link.getAttribute("data-mapper-event")));
  });

  /* Sort a table by the clicked column: numbers as numbers (data-sort first), text by locale. */
  window.mapper.sortable = function (table) {
    var heads = table.tHead.rows[0].cells;
    function key(row, col) {
      var cell = row.cells[col];
      return cell.hasAttribute("data-sort") ? cell.getAttribute("data-sort") : cell.textContent;
    }
    Array.prototype.forEach.call(heads, function (head, col) {
      head.tabIndex = 0;
      function sort() {
        var ascending = head.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(heads, function (other) { other.removeAttribute("aria-sort"); });
        head.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = key(a, col), y = key(b, col), nx = Number(x), ny = Number(y);
          var order = x !== "" && y !== "" && !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      }
      head.addEventListener("click", sort);
      head.addEventListener("keydown", function (e) { if (e.key === "Enter") { sort(); } });
    });
  };
  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("table.mapper-table"), window.mapper.sortable);
  });
}());
