/// Where progress lives: `--db PATH`, else `$PROCTOR_DB`, else
/// `$XDG_DATA_HOME/proctor/progress.sqlite3`, else `~/.local/share/proctor/progress.sqlite3`.
public enum ProgressLocation {
    /// The database path for an explicit `--db` value (or nil) and the environment.
    public static func path(explicit: String?, environment: [String: String]) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let variable = environment["PROCTOR_DB"], !variable.isEmpty { return variable }
        if let data = environment["XDG_DATA_HOME"], !data.isEmpty { return data + "/proctor/progress.sqlite3" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "."
        return home + "/.local/share/proctor/progress.sqlite3"
    }
}
