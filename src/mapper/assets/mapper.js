/* mapper.js: draws mapper's events on a Leaflet map from one compact JSON blob.
 *
 * Every text in the blob comes from a report, which is untrusted: it reaches
 * the page only through textContent and DOM nodes, never through innerHTML.
 * The blob is built by mapper/publishing/mapdata.py (see map_payload there for its shape).
 *
 * The page works on a phone as on a slide: the panels (legend, names not found) start
 * collapsed on a narrow map, popups are sized to the map and panned clear of the
 * controls, a button puts the map full screen, and every marker can be reached with
 * the keyboard (Tab, then Enter opens its popup) under the name "place — status".
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
  var LEGEND = {
    liberated: "Liberated",
    occupied: "Occupied (held by Russian forces)",
    attacked: "Attacked",
    none: "Mentioned, no status"
  };
  /* Markers of different statuses at one place are nudged apart (in pixels) so none hides another. */
  var NUDGE = {
    liberated: [-5, 0],
    occupied: [5, 0],
    attacked: [0, -5],
    none: [0, 5]
  };
  // Okabe-Ito hues (colour-blind-safe), darkened where white text sits on them (contrast >= 4.5:1).
  var COLOURS = {
    liberated: "#0072B2",
    occupied: "#B84E00",
    attacked: "#E69F00",
    none: "#6B6B6B"
  };
  var POPUP_WIDTH = 360;  // px, at most; less on a narrow map
  var MARGIN = 8;  // px kept between a popup and the map's edge or a control
  var FIT_MARGIN = 24;  // px kept between the places and the map's edge or a control when the view is fitted
  var NARROW = 600;  // px: a map narrower than this starts with its panels collapsed
  var WINDOW_DAYS = 30;  // the slider's window: "the last 30 days"
  var LOW_CONFIDENCE = 50;  // hundredths: mapper.publishing.mapdata.LOW_CONFIDENCE
  var ANIMATE_UP_TO = 20000;  // more markers than this: clusters split and merge without animation
  var MIN_ZOOM = 4, MAX_ZOOM = 15;  // Ukraine whole in a small embed .. street level
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"];
  var DAY_MS = 86400000;
  var PLAY_EVERY_MS = 700;  // one event date per step when the slider plays
  var ALL = "all events";
  var EXTENT = { whole: "the whole oblast", part: "part of the oblast" };
  // Four corners, drawn (a font may lack the full-screen sign).
  var FULLSCREEN_ICON = '<svg viewBox="0 0 18 18" width="18" height="18" aria-hidden="true" focusable="false">' +
    '<path d="M2 7V2h5M11 2h5v5M16 11v5h-5M7 16H2v-5" fill="none" stroke="currentColor" stroke-width="2"/></svg>';

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
    return '<span class="mapper-shape mapper-' + status + '" aria-hidden="true"></span>';
  }

  /* A popup no wider than the map and panned clear of its controls: beside them when
   * the map is wide enough, else between the top and the bottom ones. */
  var Popup = L.Popup.extend({
    _updateLayout: function () {
      var width = this._map ? this._map.getSize().x : POPUP_WIDTH;
      // The content's margins and border take 46 px beside the width Leaflet sets.
      this.options.maxWidth = Math.max(120, Math.min(POPUP_WIDTH, width - 2 * MARGIN - 46));
      this.options.minWidth = Math.min(200, this.options.maxWidth);
      L.Popup.prototype._updateLayout.call(this);
    },
    _adjustPan: function () {
      if (this._map && this._container) { this._clearOfControls(); }
      return L.Popup.prototype._adjustPan.apply(this, arguments);
    },
    _clearOfControls: function () {
      var padding = clearOfControls(this._map, this._container.offsetWidth, MARGIN);
      this.options.autoPanPaddingTopLeft = padding[0];
      this.options.autoPanPaddingBottomRight = padding[1];
    }
  });

  /* Padding [top left, bottom right] that keeps a box ``width`` wide ``margin`` pixels clear of the map's
   * controls and edges: between the left and the right ones when it fits there, else between the top and
   * the bottom ones. */
  function clearOfControls(map, width, margin) {
    var frame = map.getContainer(), box = frame.getBoundingClientRect();
    var left = 0, right = 0, top = 0, bottom = 0;
    var controls = frame.querySelectorAll(".leaflet-control-container .leaflet-control");
    Array.prototype.forEach.call(controls, function (control) {
      var r = control.getBoundingClientRect(), corner = control.parentNode.className;
      if (!r.width || !r.height) { return; }
      if (/leaflet-left/.test(corner)) { left = Math.max(left, r.right - box.left); }
      else { right = Math.max(right, box.right - r.left); }
      if (/leaflet-top/.test(corner)) { top = Math.max(top, r.bottom - box.top); }
      else { bottom = Math.max(bottom, box.bottom - r.top); }
    });
    if (box.width - left - right - 2 * margin >= width) {
      return [[left + margin, margin], [right + margin, margin]];
    }
    return [[margin, top + margin], [margin, bottom + margin]];
  }

  function popup() { return new Popup({ autoPan: true }); }

  /* A button in a Leaflet bar, labelled for screen readers. */
  function barButton(bar, className, text, label) {
    var button = el("button", className, text);
    button.type = "button";
    button.title = label;
    button.setAttribute("aria-label", label);
    bar.appendChild(button);
    return button;
  }

  /* Full screen: the map's own element, or (where the browser cannot, as on an iPhone) the whole window. */
  var Fullscreen = L.Control.extend({
    options: { position: "topleft" },
    onAdd: function (map) {
      var bar = el("div", "mapper-fullscreen leaflet-bar"), frame = map.getContainer();
      var button = barButton(bar, null, null, "Full screen");
      button.innerHTML = FULLSCREEN_ICON;  // a constant of this file
      button.setAttribute("aria-pressed", "false");
      function shown(on) {
        button.setAttribute("aria-pressed", on ? "true" : "false");
        button.title = on ? "Leave full screen" : "Full screen";
        button.setAttribute("aria-label", button.title);
        map.invalidateSize();
      }
      L.DomEvent.on(button, "click", function (e) {
        L.DomEvent.stop(e);
        if (document.fullscreenElement) { document.exitFullscreen(); return; }
        if (L.DomUtil.hasClass(frame, "mapper-fullscreen-on")) {
          L.DomUtil.removeClass(frame, "mapper-fullscreen-on");
          shown(false);
        } else if (frame.requestFullscreen && document.fullscreenEnabled) {
          frame.requestFullscreen();
        } else {
          L.DomUtil.addClass(frame, "mapper-fullscreen-on");
          shown(true);
        }
      });
      document.addEventListener("fullscreenchange", function () { shown(document.fullscreenElement === frame); });
      L.DomEvent.disableClickPropagation(bar);
      return bar;
    }
  });

  function MapperMap(map, data, options) {
    this.map = map;
    this.data = data;
    this.options = options || {};
    this.keys = data.statuses.concat([NONE]);
    this.markers = [];        // event index -> marker (null for events drawn as an outline)
    this.groups = {};         // status -> L.MarkerClusterGroup
    this.outlines = {};       // place index -> L.GeoJSON of its region
    this.badges = {};         // place index -> the marker at the centre of its region's outline
    this.counts = {};         // status -> the legend's count (a <span>)
    this.windowDays = 0;      // the slider's window: 0 for every day up to the chosen one
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

  /* What a screen reader says for an event's marker: "place — status". */
  MapperMap.prototype.accessibleName = function (index) {
    var event = this.data.events[index];
    return this.data.places[event[0]][1] + " \u2014 " + LABELS[this.statusOf(event)].toLowerCase();
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

  /* The badge of an outlined oblast: its latest status in a ring, dashed when not the whole oblast. */
  MapperMap.prototype._badgeIcon = function (status, extent) {
    var whole = extent === "whole";
    return L.divIcon({
      className: "mapper-badge" + (whole ? "" : " mapper-part"),
      html: '<span class="mapper-ring">' + shapeHtml(status) + "</span>" +
        (extent === "part" ? '<span class="mapper-badge-text" aria-hidden="true">part</span>' : ""),
      iconSize: [26, 26],
      iconAnchor: [13, 13]
    });
  };

  MapperMap.prototype._clusterIcon = function (status) {
    return function (cluster) {
      var count = cluster.getChildCount();
      var size = count < 100 ? 30 : count < 1000 ? 36 : 44;
      return L.divIcon({
        html: '<div><span aria-hidden="true">' + count + '</span><span class="mapper-sr">' + count + " events: " +
          LABELS[status].toLowerCase() + ", a group (Enter zooms in)</span></div>",
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
    if (place[7]) { box.appendChild(el("div", "mapper-geonames", "GeoNames: " + place[7])); }
    if (place[3]) { box.appendChild(el("div", "mapper-oblast", place[3])); }
    var badge = el("div", "mapper-status mapper-status-" + status);
    badge.innerHTML = shapeHtml(status);  // a constant of this file, no report text
    badge.appendChild(document.createTextNode(" " + LABELS[status]));
    box.appendChild(badge);
    if (place[6] !== -1 && status !== NONE) {
      box.appendChild(el("div", "mapper-extent", "Of " + (EXTENT[event[12]] || "the oblast, whole or part: the report does not say")));
    }
    if (event[6] >= 0) { box.appendChild(el("div", "mapper-cue", "Cue: \u201c" + data.cues[event[6]] + "\u201d")); }
    if (status !== NONE && event[8] < LOW_CONFIDENCE) {
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
    // A marker named for screen readers when its icon is made (only the markers on screen have one).
    var Marker = L.Marker.extend({
      _initIcon: function () {
        L.Marker.prototype._initIcon.call(this);
        this._icon.setAttribute("aria-label", this.mapperName ? this.mapperName() : self.accessibleName(this.mapperIndex));
      }
    });
    this._Marker = Marker;
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
      group.bindPopup(popup().setContent(function (marker) { return self.popupFor(marker.mapperIndex); }));
      group.bindTooltip(function (marker) { return self.placeName(marker.mapperIndex); });
      group.on("clusterkeypress", function (e) {
        if (e.originalEvent.keyCode === 13) { e.layer.zoomToBounds({ padding: [24, 24] }); }
      });
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
        if (!self.outlines[event[0]]) { self._buildRegion(event[0], outlines[place[6]]); }
        return;
      }
      var marker = new Marker([place[4], place[5]], {
        icon: self._icon(status, place[6] === -2, status !== NONE && event[8] < LOW_CONFIDENCE),
        keyboard: true
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
    // Escape closes a popup opened from a marker with the keyboard, and the focus goes back to the marker
    // (Leaflet's own Escape works only while the map itself has the focus).
    L.DomEvent.on(map.getContainer(), "keydown", function (e) {
      var open = self._popup;
      if (e.key !== "Escape" || !open || !map.hasLayer(open)) { return; }
      var icon = open._source && open._source.getElement && open._source.getElement();
      map.closePopup(open);
      if (icon) { icon.focus({ preventScroll: true }); }
    });
    map.on("popupopen", function (e) { self._popup = e.popup; });
    // A landmark, so that a screen reader can go to the map and name it.
    map.getContainer().setAttribute("role", "region");
    map.getContainer().setAttribute("aria-label", "Map: " + (this.options.title || "reported territorial change"));
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

  /* An oblast with events: its outline (styled by show()) and a badge at its centre that the keyboard reaches. */
  MapperMap.prototype._buildRegion = function (placeIndex, feature) {
    var self = this, place = this.data.places[placeIndex];
    var layer = L.geoJSON(feature, { interactive: true });
    layer.bindTooltip(el("span", null, place[1] + (this.data.outlines_approximate ? " (approximate outline)" : "")));
    layer.bindPopup(popup().setContent(function () { return self._regionPopup(placeIndex); }));
    var badge = new this._Marker([place[4], place[5]], { icon: this._badgeIcon(NONE, null), keyboard: true });
    badge.mapperName = function () { return self._regionName(placeIndex); };
    badge.bindPopup(popup().setContent(function () { return self._regionPopup(placeIndex); }));
    this.outlines[placeIndex] = layer;
    this.badges[placeIndex] = badge;
    this.regionLayer.addLayer(layer);
    this.regionLayer.addLayer(badge);
  };

  /* "Kharkiv Oblast — liberated (part of the oblast)": an oblast's badge, as of the slider's day. */
  MapperMap.prototype._regionName = function (placeIndex) {
    var shown = this._regionShown ? this._regionShown[placeIndex] : undefined;
    var name = this.data.places[placeIndex][1];
    if (shown === undefined) { return name; }
    var event = this.data.events[shown], status = this.statusOf(event);
    return name + " \u2014 " + LABELS[status].toLowerCase() + (EXTENT[event[12]] ? " (" + EXTENT[event[12]] + ")" : "");
  };

  /* A base layer that needs no tile server: oblast outlines and the country's border and coast
   * (or a graticule), with the names of the oblasts and towns. */
  MapperMap.prototype._buildBase = function () {
    var data = this.data, base;
    if (data.outlines) {
      base = L.geoJSON(data.outlines, {
        interactive: false,
        style: { color: "#777", weight: 1, fillColor: "#f2efe9", fillOpacity: 1 }
      });
      if (data.neighbours) {  // the countries around, in a pane under the oblasts; the sea is the map's background
        if (!this.map.getPane("mapperLand")) { this.map.createPane("mapperLand").style.zIndex = 350; }
        L.DomUtil.addClass(this.map.getContainer(), "mapper-sea");
        base.addLayer(L.geoJSON(data.neighbours, { pane: "mapperLand", interactive: false,
          style: { color: "#a9a9a9", weight: 1, fillColor: "#e3e1dc", fillOpacity: 1 } }));
      }
      if (data.country) {
        base.addLayer(L.geoJSON(data.country, { interactive: false, style: { color: "#333", weight: 2, fill: false } }));
      }
    } else {
      base = L.layerGroup();
      for (var lat = 40; lat <= 56; lat += 2) {
        base.addLayer(L.polyline([[lat, 18], [lat, 44]], { color: "#bbb", weight: 1, interactive: false }));
      }
      for (var lon = 18; lon <= 44; lon += 2) {
        base.addLayer(L.polyline([[40, lon], [56, lon]], { color: "#bbb", weight: 1, interactive: false }));
      }
    }
    // Names sit above the outlines and below every marker; where two collide the first wins (see _declutter).
    // They are drawn, not read: no focus, no name for a screen reader (the markers carry the places' names).
    if (!this.map.getPane("mapperLabels")) { this.map.createPane("mapperLabels").style.zIndex = 450; }
    this.labels = (data.labels || []).map(function (label) {
      var marker = L.marker([label[1], label[2]], {
        icon: L.divIcon({ className: label[4] ? "mapper-label mapper-town" : "mapper-label",
                          html: el("span", null, label[0]), iconSize: null }),
        interactive: false,
        keyboard: false,
        pane: "mapperLabels"
      });
      marker.mapperZoom = label[3] || 0;
      marker.mapperTown = !!label[4];
      marker.on("add", function () { marker.getElement().setAttribute("aria-hidden", "true"); });
      return marker;
    });
    this.base = base;
    var self = this;
    this.map.on("zoomend moveend viewreset", function () { self._placeLabels(); });
    base.on("add", function () { self._placeLabels(); });
    this.bases = {};
    var tiles = this.options.tiles || {};
    Object.keys(tiles).forEach(function (name) { this.bases[name] = tiles[name]; }, this);
    var vectorName = !data.outlines ? "Grid (offline)"
      : data.outlines_approximate ? "Approximate oblast outlines (offline)" : "Oblast outlines (offline)";
    this.bases[vectorName] = base;
    if (Object.keys(tiles).length === 0) { base.addTo(this.map); }
  };

  /* Put on the base layer the labels of this zoom level (those of deeper levels only in or near the
   * view) and take off the others (a town is named from the zoom level its size earns), then declutter. */
  MapperMap.prototype._placeLabels = function () {
    var base = this.base, map = this.map;
    if (!map.hasLayer(base)) { return; }
    var zoom = map.getZoom(), near = map.getBounds().pad(0.25);
    this.labels.forEach(function (marker) {
      // The names shown from the start stay on (a few dozen); the many of deeper levels only near the view.
      var wanted = marker.mapperZoom === 0 || zoom >= marker.mapperZoom && near.contains(marker.getLatLng());
      if (wanted && !base.hasLayer(marker)) { base.addLayer(marker); }
      else if (!wanted && base.hasLayer(marker)) { base.removeLayer(marker); }
    });
    this._declutter();
  };

  /* Hide the labels that would overlap one already shown (the labels come in the order they win). */
  MapperMap.prototype._declutter = function () {
    var map = this.map, shown = [], placed = [];
    this.labels.forEach(function (marker) {
      var span = marker.getElement() && marker.getElement().firstChild;
      if (span) { span.style.visibility = ""; placed.push(marker); }
    });
    placed.forEach(function (marker) {  // measured once: every write above comes before these reads
      if (!marker.mapperSize) {
        var span = marker.getElement().firstChild;
        marker.mapperSize = [span.offsetWidth, span.offsetHeight];
      }
    });
    placed.forEach(function (marker) {
      // From the label's own position (the layout may lag a zoom), its size, and a margin of a few pixels;
      // a town's name starts at its dot, a division's is centred.
      var at = map.latLngToContainerPoint(marker.getLatLng()), w = marker.mapperSize[0], h = marker.mapperSize[1] / 2 + 2;
      var left = marker.mapperTown ? at.x - 5 : at.x - w / 2 - 4, right = marker.mapperTown ? at.x + w + 4 : at.x + w / 2 + 4;
      var box = { left: left, right: right, top: at.y - h, bottom: at.y + h };
      var clash = shown.some(function (other) {
        return box.left < other.right && other.left < box.right && box.top < other.bottom && other.top < box.bottom;
      });
      if (clash) { marker.getElement().firstChild.style.visibility = "hidden"; } else { shown.push(box); }
    });
  };

  /* Where the controls go: zoom and full screen top left; the legend, then the names not found,
   * top right; the slider above the scale and the attribution bottom right. Each corner stacks
   * its own controls, so none covers another. */
  MapperMap.prototype._buildControls = function () {
    var data = this.data;
    new Fullscreen().addTo(this.map);
    L.control.scale({ position: "bottomright" }).addTo(this.map);
    this._buildLegend();
    if (data.unresolved.length) { this._buildUnresolved(); }
    if (data.dates.length > 1) { this._buildSlider(); }  // one day: nothing to move through
  };

  /* A panel that folds to its title: open on a wide map, folded on a narrow one. */
  MapperMap.prototype._panel = function (className, title, open) {
    var box = el("details", className + " leaflet-bar");
    box.appendChild(el("summary", null, title));
    box.open = open;
    L.DomEvent.disableClickPropagation(box);
    L.DomEvent.disableScrollPropagation(box);
    return box;
  };

  /* The one legend, which is also the switch of the layers: a row per status shown (its symbol,
   * its name, how many events the slider shows), the oblasts, the notes, the base maps. */
  MapperMap.prototype._buildLegend = function () {
    var self = this, map = this.map, data = this.data;
    var counts = {};
    data.events.forEach(function (event) {
      var status = self.statusOf(event);
      counts[status] = (counts[status] || 0) + 1;
    });
    function row(box, layer, symbol, text, status) {
      var label = el("label", "mapper-legend-row");
      var input = el("input");
      input.type = "checkbox";
      input.checked = true;
      input.addEventListener("change", function () {
        if (input.checked) { map.addLayer(layer); } else { map.removeLayer(layer); }
      });
      label.appendChild(input);
      var shape = el("span");
      shape.innerHTML = symbol;  // a constant of this file, no report text
      label.appendChild(shape.firstChild);
      label.appendChild(document.createTextNode(" " + text));
      if (status) {
        label.appendChild(document.createTextNode(" ("));
        self.counts[status] = label.appendChild(el("span", "mapper-count", counts[status]));
        self.counts[status].setAttribute("data-status", status);
        label.appendChild(document.createTextNode(")"));
      }
      box.appendChild(label);
    }
    var Legend = L.Control.extend({
      options: { position: "topright" },
      onAdd: function () {
        var box = self._panel("mapper-legend", self.options.title || "Legend", map.getSize().x >= NARROW);
        self.keys.forEach(function (status) {
          if (counts[status]) { row(box, self.groups[status], shapeHtml(status), LEGEND[status], status); }
        });
        if (self.regionEvents) {
          row(box, self.regionLayer, '<span class="mapper-ring mapper-part" aria-hidden="true"></span>', "Oblasts with a status");
          box.appendChild(el("div", "mapper-note",
            "An oblast is filled when its report speaks of the whole of it; dashed when of part of it, or when it does not say"));
        }
        if (data.outlines_approximate && data.places.some(function (place) { return place[6] >= 0; })) {
          box.appendChild(el("div", "mapper-note", "Oblast outlines are approximate (derived from GeoNames places)"));
        }
        if (data.events.some(function (event) { return event[1] >= 0 && event[8] < LOW_CONFIDENCE; })) {
          var faded = el("div", "mapper-note");
          faded.innerHTML = '<span class="mapper-shape mapper-none mapper-low" aria-hidden="true"></span>';
          faded.appendChild(document.createTextNode(" Faded: low confidence (read the evidence)"));
          box.appendChild(faded);
        }
        if (data.places.some(function (place) { return place[6] === -2; })) {
          var ring = el("div", "mapper-note");
          ring.innerHTML = '<span class="mapper-ring" aria-hidden="true"></span>';
          ring.appendChild(document.createTextNode(" An oblast (no outline given)"));
          box.appendChild(ring);
        }
        self._baseSwitch(box);
        return box;
      }
    });
    new Legend().addTo(map);
  };

  /* Radio buttons between the offline base and the tile layers, when tiles were asked for. */
  MapperMap.prototype._baseSwitch = function (box) {
    var self = this, names = Object.keys(this.bases);
    if (names.length < 2) { return; }
    var group = el("fieldset", "mapper-bases");
    group.appendChild(el("legend", null, "Base map"));
    names.forEach(function (name) {
      var label = el("label", "mapper-legend-row"), input = el("input");
      input.type = "radio";
      input.name = "mapper-base-" + L.stamp(self);
      input.checked = self.map.hasLayer(self.bases[name]);
      input.addEventListener("change", function () {
        names.forEach(function (other) { self.map.removeLayer(self.bases[other]); });
        self.map.addLayer(self.bases[name]);
      });
      label.appendChild(input);
      label.appendChild(document.createTextNode(" " + name));
      group.appendChild(label);
    });
    box.appendChild(group);
  };

  /* The time slider: one step per day from the first event date to the last, then "all events";
   * a play button steps through the days that have events; a window shows every day up to the
   * chosen one, or only its last 30 days. */
  MapperMap.prototype._buildSlider = function () {
    var self = this, dates = this.data.dates;
    var first = dayNumber(dates[0]), days = dayNumber(dates[dates.length - 1]) - first + 1;
    var Slider = L.Control.extend({
      options: { position: "bottomright" },
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
        var span = el("label", "mapper-window", "Show: ");
        var windowChoice = el("select");
        [["0", "every day up to it"], [String(WINDOW_DAYS), "its last " + WINDOW_DAYS + " days"]].forEach(function (o) {
          var option = el("option", null, o[1]);
          option.value = o[0];
          windowChoice.appendChild(option);
        });
        span.appendChild(windowChoice);
        box.appendChild(span);
        input.addEventListener("input", function () { self._slideTo(Number(input.value)); });
        play.addEventListener("click", function () { if (self._playing) { self.pause(); } else { self.play(); } });
        windowChoice.addEventListener("change", function () {
          self.windowDays = Number(windowChoice.value);
          self._slideTo(Number(input.value));
        });
        L.DomEvent.disableClickPropagation(box);
        self.sliderInput = input;
        self.sliderValue = value;
        self.windowChoice = windowChoice;
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

  /* Show every day up to the chosen one (0), or only its last ``days`` days. */
  MapperMap.prototype.setWindow = function (days) {
    this.windowDays = days;
    if (this.windowChoice) { this.windowChoice.value = String(days); }
    if (this.sliderInput) { this._slideTo(Number(this.sliderInput.value)); } else { this.show(null); }
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
    var self = this, data = this.data;
    var Panel = L.Control.extend({
      options: { position: "topright" },
      onAdd: function () {
        var box = self._panel("mapper-unresolved", "Names not found in the gazetteer (" + data.unresolved.length + ")", false);
        var list = el("ol");
        data.unresolved.forEach(function (item) {
          var entry = el("li");
          entry.appendChild(el("strong", null, item[0]));
          entry.appendChild(el("span", "mapper-date", " · " + (data.reports[item[1]][1] || data.reports[item[1]][0])));
          entry.appendChild(evidence(data.sentences[item[2]], item[3], item[4]));
          list.appendChild(entry);
        });
        box.appendChild(list);
        return box;
      }
    });
    new Panel().addTo(this.map);
  };

  /* Show every event (day null) or each place's events of its latest event date on or before day
   * (as mapper.status_as_of does: events without a status or a date are left out); with a window,
   * only events of its last days (of the last event date, for "all events"). */
  MapperMap.prototype.show = function (day) {
    var self = this, events = this.data.events, dates = this.data.dates, visible = [];
    var end = day || dates[dates.length - 1];
    var from = this.windowDays && end ? isoOfDay(dayNumber(end) - this.windowDays + 1) : null;
    if (day === null) {
      events.forEach(function (event, i) {
        var date = self.dateOf(event);
        if (from === null || (date && date >= from)) { visible.push(i); }
      });
    } else {
      var latest = {};
      events.forEach(function (event) {
        var date = self.dateOf(event);
        if (date && date <= day && (from === null || date >= from) && event[1] >= 0 &&
            (!latest[event[0]] || date > latest[event[0]])) {
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
    var region = {};  // place index -> the event its outline shows: the latest by date, one with a status first
    function rank(i) { var e = events[i]; return [e[1] >= 0 ? 1 : 0, self.dateOf(e) || "", i]; }
    function later(a, b) {
      var x = rank(a), y = rank(b);
      return x[0] !== y[0] ? x[0] > y[0] : x[1] !== y[1] ? x[1] > y[1] : x[2] > y[2];
    }
    visible.forEach(function (i) {
      var event = events[i];
      if (self.markers[i]) {
        byStatus[self.statusOf(event)].push(self.markers[i]);
      } else if (region[event[0]] === undefined || later(i, region[event[0]])) {
        region[event[0]] = i;
      }
    });
    this._regionShown = region;
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
      var layer = self.outlines[placeIndex], badge = self.badges[placeIndex], shown = region[placeIndex];
      if (shown === undefined) {
        self.regionLayer.removeLayer(layer);
        self.regionLayer.removeLayer(badge);
        return;
      }
      var status = self.statusOf(events[shown]), whole = events[shown][12] === "whole";
      // Only an event of the whole oblast tints it; of part of it (or not said), a dashed line.
      layer.setStyle({ color: COLOURS[status], weight: whole ? 3 : 2.5, fillColor: COLOURS[status],
        fillOpacity: whole ? 0.25 : 0, dashArray: whole ? null : "8 6" });
      badge.setIcon(self._badgeIcon(status, events[shown][12]));
      self.regionLayer.addLayer(layer);
      self.regionLayer.addLayer(badge);
    });
  };

  /* The legend's counts: the events shown now, by status. */
  MapperMap.prototype._count = function (visible) {
    var self = this, counts = {};
    visible.forEach(function (i) {
      var status = self.statusOf(self.data.events[i]);
      counts[status] = (counts[status] || 0) + 1;
    });
    Object.keys(this.counts).forEach(function (status) {
      self.counts[status].textContent = String(counts[status] || 0);
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
    if (!bounds.isValid()) { return; }
    // Clear of the controls by more than half a cluster: beside them on a wide map (half of it left for
    // the places), else between them.
    var padding = clearOfControls(this.map, this.map.getSize().x / 2, FIT_MARGIN);
    this.map.fitBounds(bounds, { paddingTopLeft: padding[0], paddingBottomRight: padding[1], maxZoom: 10, animate: false });
  };

  /* Fly to the place of one event and open its popup (used by the report pages). */
  MapperMap.prototype.focus = function (index) {
    var self = this;
    if (this._visible && this._visible.indexOf(index) < 0) {  // not shown now: show every event
      this.pause();
      this.windowDays = 0;
      if (this.windowChoice) { this.windowChoice.value = "0"; }
      this.showDay(null);
    }
    var marker = this.markers[index];
    if (marker) {
      var group = this.groups[this.statusOf(this.data.events[index])];
      if (!this.map.hasLayer(group)) { this.map.addLayer(group); }
      group.zoomToShowLayer(marker, function () {
        popup().setLatLng(marker.getLatLng()).setContent(self.popupFor(index)).openOn(self.map);
      });
      return;
    }
    var badge = this.badges[this.data.events[index][0]];
    if (badge) {
      this.map.flyToBounds(this.outlines[this.data.events[index][0]].getBounds());
      badge.openPopup();
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
