/// The calendar structs as Elixir's `Inspect` implementations print them: `~D[2024-01-31]`,
/// `~T[12:30:05.120]`, `~N[2024-01-31 12:00:00]`, `~U[2024-01-31 12:00:00Z]` (a DateTime in
/// another zone as `#DateTime<2000-02-29 23:00:07+01:00 CET Europe/Warsaw>`) and
/// `Date.range(~D[2024-01-01], ~D[2024-01-31])`. Printed here, so ExUnit reports, error
/// messages and map keys show them as Elixir does; a struct of another calendar or with odd
/// fields prints as a struct.
enum InspectCalendar {
    /// The text of the calendar struct `module`, or nil when the map is not one that prints so.
    static func text(_ map: MapBox, module: String) -> String? {
        switch module {
        case "Elixir.Date": return fieldCount(map, 4).flatMap { _ in dateText(map) }.map { "~D[" + $0 + "]" }
        case "Elixir.Time": return fieldCount(map, 5).flatMap { _ in timeText(map) }.map { "~T[" + $0 + "]" }
        case "Elixir.NaiveDateTime": return fieldCount(map, 8).flatMap { _ in naiveText(map) }.map { "~N[" + $0 + "]" }
        case "Elixir.DateTime": return fieldCount(map, 12).flatMap { _ in dateTimeText(map) }
        case "Elixir.Date.Range": return rangeText(map)
        default: return nil
        }
    }

    /// The map when it has `fields` keys besides `__struct__` and is in Calendar.ISO.
    private static func fieldCount(_ map: MapBox, _ fields: Int) -> MapBox? {
        guard map.count == fields + 1, map.get(.atom("calendar")) == .atom(Atom("Elixir.Calendar.ISO")) else { return nil }
        return map
    }

    private static func dateText(_ map: MapBox) -> String? {
        guard let year = integer(map, "year"), let month = integer(map, "month"), let day = integer(map, "day") else { return nil }
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    private static func timeText(_ map: MapBox) -> String? {
        guard let hour = integer(map, "hour"), let minute = integer(map, "minute"), let second = integer(map, "second"),
              case .tuple(let box)? = map.get(.atom("microsecond")), box.elements.count == 2,
              case .int(let microsecond) = box.elements[0], case .int(let precision) = box.elements[1],
              (0...999_999).contains(microsecond), (0...6).contains(precision)
        else { return nil }
        let fraction = precision == 0 ? "" : "." + pad(microsecond, 6).prefix(precision)
        return pad(hour, 2) + ":" + pad(minute, 2) + ":" + pad(second, 2) + fraction
    }

    private static func naiveText(_ map: MapBox) -> String? {
        guard let date = dateText(map), let time = timeText(map) else { return nil }
        return date + " " + time
    }

    private static func dateTimeText(_ map: MapBox) -> String? {
        guard let naive = naiveText(map), case .binary(let zoneBox)? = map.get(.atom("time_zone")),
              case .binary(let abbreviationBox)? = map.get(.atom("zone_abbr")),
              let utcOffset = integer(map, "utc_offset"), let stdOffset = integer(map, "std_offset")
        else { return nil }
        let zone = String(decoding: zoneBox.bytes, as: UTF8.self)
        let abbreviation = String(decoding: abbreviationBox.bytes, as: UTF8.self)
        if utcOffset == 0, stdOffset == 0, zone == "Etc/UTC" { return "~U[" + naive + "Z]" }
        let total = utcOffset + stdOffset
        let offset = (total < 0 ? "-" : "+") + pad(abs(total) / 3600, 2) + ":" + pad(abs(total) % 3600 / 60, 2)
        let suffix = zone == "Etc/UTC" ? "" : " " + abbreviation + " " + zone
        return "#DateTime<" + naive + offset + suffix + ">"
    }

    private static func rangeText(_ map: MapBox) -> String? {
        guard map.count == 6, case .map(let first)? = map.get(.atom("first")), case .map(let last)? = map.get(.atom("last")),
              let firstText = text(first, module: "Elixir.Date"), let lastText = text(last, module: "Elixir.Date"),
              let step = integer(map, "step")
        else { return nil }
        return "Date.range(" + firstText + ", " + lastText + (step == 1 ? "" : ", \(step)") + ")"
    }

    private static func integer(_ map: MapBox, _ key: String) -> Int? {
        guard case .int(let value)? = map.get(.atom(Atom(key))) else { return nil }
        return value
    }

    /// `value` with zeros before it up to `count` digits, a minus sign before those.
    private static func pad(_ value: Int, _ count: Int) -> String {
        let digits = String(abs(value))
        return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, count - digits.count)) + digits
    }
}
