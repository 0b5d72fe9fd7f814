import Terms

extension Runtime {
    /// Starts a process running `body`. With a `parent`, the new process
    /// inherits its group leader and may be linked to or monitored by it;
    /// without one (a script's main process, a shell), its exit record is kept, and its
    /// output goes to `groupLeader` (default: the runtime's output). Fails with `SystemLimitError` when `maxProcesses` are alive.
    public func spawn(
        _ body: any ProcessBody,
        options spawnOptions: SpawnOptions = SpawnOptions(),
        parent: ProcessControlBlock? = nil,
        groupLeader: (any OutputSink)? = nil
    ) throws(SystemLimitError) -> SpawnedProcess {
        guard table.count < options.maxProcesses else {
            throw SystemLimitError(maxProcesses: options.maxProcesses)
        }
        let pid = Pid(serial: table.allocateSerial())
        let process = ProcessControlBlock(
            pid: pid, runtime: self, body: body,
            groupLeader: parent?.groupLeader ?? groupLeader ?? options.output,
            options: parent == nil ? spawnOptions.keepingExitRecord : spawnOptions
        )
        table.insert(process)
        runQueue.append(process)
        notify(.spawn(parent: parent?.pid, child: pid, label: body.label))
        guard let parent else { return SpawnedProcess(pid: pid, monitorRef: nil) }
        parent.spawnCount &+= 1
        process.spawnedBy = parent.pid
        if spawnOptions.link { addLink(parent, process) }
        let ref = spawnOptions.monitor ? addMonitor(watcher: parent, target: process) : nil
        if steering != nil { offerPreemption() }
        return SpawnedProcess(pid: pid, monitorRef: ref)
    }
}
