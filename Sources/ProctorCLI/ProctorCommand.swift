/// The `proctor` command line. Until the course issue lands it prints a banner and usage.
public enum ProctorCommand {
    /// Runs the command line with the process's arguments.
    public static func main() {
        print("""
        proctor — learn Elixir processes in your terminal

        usage: proctor <command>

        The course, `proctor run FILE.exs` and `proctor iex` are being built;
        see README.md for what works today.
        """)
    }
}
