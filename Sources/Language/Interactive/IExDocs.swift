/// What iex 1.14 prints for `h(NAME)` and `h(NAME/ARITY)` for the functions the course teaches
/// (for an arity below a definition's highest, iex leaves out the @spec paragraph):
/// Elixir's documentation (Apache License 2.0, (c) the Elixir team), recorded from real iex by
/// `scripts/record-iex-docs`. Do not edit by hand; run the script again.
enum IExDocs {
    /// One definition's text (as `h(NAME/ARITY)` prints it) and the arities it answers to.
    typealias Section = (arities: ClosedRange<Int>, text: String)

    /// The sections of each name, as typed after `h(` (`spawn`, `Process.sleep`), in iex's order.
    static let sections: [String: [Section]] = [
        "self": [(arities: 0...0, text: #"""

                                           def self()

          @spec self() :: pid()

        guard: true

        Returns the PID (process identifier) of the calling process.

        Allowed in guard clauses. Inlined by the compiler.


        """#)],
        "send": [(arities: 2...2, text: #"""

                                    def send(dest, message)

          @spec send(dest :: Process.dest(), message) :: message when message: any()

        Sends a message to the given `dest` and returns the message.

        `dest` may be a remote or local PID, a local port, a locally registered name,
        or a tuple in the form of `{registered_name, node}` for a registered name at
        another node.

        Inlined by the compiler.

        ## Examples

            iex> send(self(), :hello)
            :hello


        """#)],
        "spawn": [(arities: 1...1, text: #"""

                                         def spawn(fun)

          @spec spawn((() -> any())) :: pid()

        Spawns the given function and returns its PID.

        Typically developers do not use the `spawn` functions, instead they use
        abstractions such as `Task`, `GenServer` and `Agent`, built on top of `spawn`,
        that spawns processes with more conveniences in terms of introspection and
        debugging.

        Check the `Process` module for more process-related functions.

        The anonymous function receives 0 arguments, and may return any value.

        Inlined by the compiler.

        ## Examples

            current = self()
            child = spawn(fn -> send(current, {self(), 1 + 2}) end)
            
            receive do
              {^child, 3} -> IO.puts("Received 3 back")
            end


        """#), (arities: 3...3, text: #"""

                                  def spawn(module, fun, args)

          @spec spawn(module(), atom(), list()) :: pid()

        Spawns the given function `fun` from the given `module` passing it the given
        `args` and returns its PID.

        Typically developers do not use the `spawn` functions, instead they use
        abstractions such as `Task`, `GenServer` and `Agent`, built on top of `spawn`,
        that spawns processes with more conveniences in terms of introspection and
        debugging.

        Check the `Process` module for more process-related functions.

        Inlined by the compiler.

        ## Examples

            spawn(SomeModule, :function, [1, 2, 3])


        """#)],
        "spawn_link": [(arities: 1...1, text: #"""

                                      def spawn_link(fun)

          @spec spawn_link((() -> any())) :: pid()

        Spawns the given function, links it to the current process, and returns its
        PID.

        Typically developers do not use the `spawn` functions, instead they use
        abstractions such as `Task`, `GenServer` and `Agent`, built on top of `spawn`,
        that spawns processes with more conveniences in terms of introspection and
        debugging.

        Check the `Process` module for more process-related functions. For more
        information on linking, check `Process.link/1`.

        The anonymous function receives 0 arguments, and may return any value.

        Inlined by the compiler.

        ## Examples

            current = self()
            child = spawn_link(fn -> send(current, {self(), 1 + 2}) end)
            
            receive do
              {^child, 3} -> IO.puts("Received 3 back")
            end


        """#), (arities: 3...3, text: #"""

                               def spawn_link(module, fun, args)

          @spec spawn_link(module(), atom(), list()) :: pid()

        Spawns the given function `fun` from the given `module` passing it the given
        `args`, links it to the current process, and returns its PID.

        Typically developers do not use the `spawn` functions, instead they use
        abstractions such as `Task`, `GenServer` and `Agent`, built on top of `spawn`,
        that spawns processes with more conveniences in terms of introspection and
        debugging.

        Check the `Process` module for more process-related functions. For more
        information on linking, check `Process.link/1`.

        Inlined by the compiler.

        ## Examples

            spawn_link(SomeModule, :function, [1, 2, 3])


        """#)],
        "receive": [(arities: 1...1, text: #"""

                                     defmacro receive(args)

        Checks if there is a message matching the given clauses in the current process
        mailbox.

        In case there is no such message, the current process hangs until a message
        arrives or waits until a given timeout value.

        ## Examples

            receive do
              {:selector, number, name} when is_integer(number) ->
                name
              name when is_atom(name) ->
                name
              _ ->
                IO.puts(:stderr, "Unexpected message received")
            end

        An optional `after` clause can be given in case the message was not received
        after the given timeout period, specified in milliseconds:

            receive do
              {:selector, number, name} when is_integer(number) ->
                name
              name when is_atom(name) ->
                name
              _ ->
                IO.puts(:stderr, "Unexpected message received")
            after
              5000 ->
                IO.puts(:stderr, "No message in 5 seconds")
            end

        The `after` clause can be specified even if there are no match clauses. The
        timeout value given to `after` can be any expression evaluating to one of the
        allowed values:

          * `:infinity` - the process should wait indefinitely for a matching
            message, this is the same as not using the after clause
          * `0` - if there is no matching message in the mailbox, the timeout will
            occur immediately
          * positive integer smaller than or equal to `4_294_967_295` (`0xFFFFFFFF`
            in hexadecimal notation) - it should be possible to represent the timeout
            value as an unsigned 32-bit integer.

        ## Variable handling

        The `receive/1` special form handles variables exactly as the `case/2` special
        macro. For more information, check the docs for `case/2`.


        """#)],
        "flush": [(arities: 0...0, text: #"""

                                          def flush()

        Clears out all messages sent to the shell's inbox and prints them out.


        """#)],
        "Process.sleep": [(arities: 1...1, text: #"""

                                       def sleep(timeout)

          @spec sleep(timeout()) :: :ok

        Sleeps the current process for the given `timeout`.

        `timeout` is either the number of milliseconds to sleep as an integer or the
        atom `:infinity`. When `:infinity` is given, the current process will sleep
        forever, and not consume or reply to messages.

        **Use this function with extreme care**. For almost all situations where you
        would use `sleep/1` in Elixir, there is likely a more correct, faster and
        precise way of achieving the same with message passing.

        For example, if you are waiting for a process to perform some action, it is
        better to communicate the progress of such action with messages.

        In other words, **do not**:

            Task.start_link(fn ->
              do_something()
              ...
            end)
            
            # Wait until work is done
            Process.sleep(2000)

        But **do**:

            parent = self()
            
            Task.start_link(fn ->
              do_something()
              send(parent, :work_is_done)
              ...
            end)
            
            receive do
              :work_is_done -> :ok
            after
              # Optional timeout
              30_000 -> :timeout
            end

        For cases like the one above, `Task.async/1` and `Task.await/2` are preferred.

        Similarly, if you are waiting for a process to terminate, monitor that process
        instead of sleeping. **Do not**:

            Task.start_link(fn ->
              ...
            end)
            
            # Wait until task terminates
            Process.sleep(2000)

        Instead **do**:

            {:ok, pid} =
              Task.start_link(fn ->
                ...
              end)
            
            ref = Process.monitor(pid)
            
            receive do
              {:DOWN, ^ref, _, _, _} -> :task_is_down
            after
              # Optional timeout
              30_000 -> :timeout
            end


        """#)],
        "Process.alive?": [(arities: 1...1, text: #"""

                                        def alive?(pid)

          @spec alive?(pid()) :: boolean()

        delegate_to: :erlang.is_process_alive/1

        Tells whether the given process is alive on the local node.

        If the process identified by `pid` is alive (that is, it's not exiting and has
        not exited yet) than this function returns `true`. Otherwise, it returns
        `false`.

        `pid` must refer to a process running on the local node or `ArgumentError` is
        raised.

        Inlined by the compiler.


        """#)],
        "Process.flag": [(arities: 2...2, text: #"""

                                     def flag(flag, value)

          @spec flag(:error_handler, module()) :: module()
          @spec flag(:max_heap_size, heap_size()) :: heap_size()
          @spec flag(:message_queue_data, :off_heap | :on_heap) :: :off_heap | :on_heap
          @spec flag(:min_bin_vheap_size, non_neg_integer()) :: non_neg_integer()
          @spec flag(:min_heap_size, non_neg_integer()) :: non_neg_integer()
          @spec flag(:priority, priority_level()) :: priority_level()
          @spec flag(:save_calls, 0..10000) :: 0..10000
          @spec flag(:sensitive, boolean()) :: boolean()
          @spec flag(:trap_exit, boolean()) :: boolean()

        delegate_to: :erlang.process_flag/2

        Sets the given `flag` to `value` for the calling process.

        Returns the old value of `flag`.

        See `:erlang.process_flag/2` for more information.

        Inlined by the compiler.


        """#), (arities: 3...3, text: #"""

                                   def flag(pid, flag, value)

          @spec flag(pid(), :save_calls, 0..10000) :: 0..10000

        delegate_to: :erlang.process_flag/3

        Sets the given `flag` to `value` for the given process `pid`.

        Returns the old value of `flag`.

        It raises `ArgumentError` if `pid` is not a local process.

        The allowed values for `flag` are only a subset of those allowed in `flag/2`,
        namely `:save_calls`.

        See `:erlang.process_flag/3` for more information.

        Inlined by the compiler.


        """#)],
        "Process.monitor": [(arities: 1...1, text: #"""

                                       def monitor(item)

          @spec monitor(pid() | {name, node()} | name) :: reference() when name: atom()

        Starts monitoring the given `item` from the calling process.

        Once the monitored process dies, a message is delivered to the monitoring
        process in the shape of:

            {:DOWN, ref, :process, object, reason}

        where:

          * `ref` is a monitor reference returned by this function;
          * `object` is either a `pid` of the monitored process (if monitoring a
            PID) or `{name, node}` (if monitoring a remote or local name);
          * `reason` is the exit reason.

        If the process is already dead when calling `Process.monitor/1`, a `:DOWN`
        message is delivered immediately.

        See "The need for monitoring"
        (https://elixir-lang.org/getting-started/mix-otp/genserver.html#the-need-for-monitoring)
        for an example. See `:erlang.monitor/2` for more information.

        Inlined by the compiler.

        ## Examples

            pid = spawn(fn -> 1 + 2 end)
            #=> #PID<0.118.0>
            Process.monitor(pid)
            #=> #Reference<0.906660723.3006791681.40191>
            Process.exit(pid, :kill)
            #=> true
            receive do
              msg -> msg
            end
            #=> {:DOWN, #Reference<0.906660723.3006791681.40191>, :process, #PID<0.118.0>, :noproc}


        """#)],
        "Process.whereis": [(arities: 1...1, text: #"""

                                       def whereis(name)

          @spec whereis(atom()) :: pid() | port() | nil

        Returns the PID or port identifier registered under `name` or `nil` if the name
        is not registered.

        See `:erlang.whereis/1` for more information.

        ## Examples

            Process.register(self(), :test)
            Process.whereis(:test)
            #=> #PID<0.84.0>
            Process.whereis(:wrong_name)
            #=> nil


        """#)],
        "Process.register": [(arities: 2...2, text: #"""

                                def register(pid_or_port, name)

          @spec register(pid() | port(), atom()) :: true

        Registers the given `pid_or_port` under the given `name`.

        `name` must be an atom and can then be used instead of the PID/port identifier
        when sending messages with `Kernel.send/2`.

        `register/2` will fail with `ArgumentError` in any of the following cases:

          * the PID/Port is not existing locally and alive
          * the name is already registered
          * the `pid_or_port` is already registered under a different `name`

        The following names are reserved and cannot be assigned to processes nor ports:

          * `nil`
          * `false`
          * `true`
          * `:undefined`

        ## Examples

            Process.register(self(), :test)
            #=> true
            send(:test, :hello)
            #=> :hello
            send(:wrong_name, :hello)
            ** (ArgumentError) argument error


        """#)],
        "Process.info": [(arities: 1...1, text: #"""

                                         def info(pid)

          @spec info(pid()) :: keyword() | nil

        Returns information about the process identified by `pid`, or returns `nil` if
        the process is not alive.

        Use this only for debugging information.

        See `:erlang.process_info/1` for more information.


        """#), (arities: 2...2, text: #"""

                                      def info(pid, spec)

          @spec info(pid(), atom() | [atom()]) ::
                  {atom(), term()} | [{atom(), term()}] | nil

        Returns information about the process identified by `pid`, or returns `nil` if
        the process is not alive.

        See `:erlang.process_info/2` for more information.


        """#)],
        "Process.exit": [(arities: 2...2, text: #"""

                                     def exit(pid, reason)

          @spec exit(pid(), term()) :: true

        delegate_to: :erlang.exit/2

        Sends an exit signal with the given `reason` to `pid`.

        The following behaviour applies if `reason` is any term except `:normal` or
        `:kill`:

          1. If `pid` is not trapping exits, `pid` will exit with the given
             `reason`.
          2. If `pid` is trapping exits, the exit signal is transformed into a
             message `{:EXIT, from, reason}` and delivered to the message queue of
             `pid`.

        If `reason` is the atom `:normal`, `pid` will not exit (unless `pid` is the
        calling process, in which case it will exit with the reason `:normal`). If it
        is trapping exits, the exit signal is transformed into a message `{:EXIT, from,
        :normal}` and delivered to its message queue.

        If `reason` is the atom `:kill`, that is if `Process.exit(pid, :kill)` is
        called, an untrappable exit signal is sent to `pid` which will unconditionally
        exit with reason `:killed`.

        Inlined by the compiler.

        ## Examples

            Process.exit(pid, :kill)
            #=> true


        """#)],
        "Process.link": [(arities: 1...1, text: #"""

                                     def link(pid_or_port)

          @spec link(pid() | port()) :: true

        delegate_to: :erlang.link/1

        Creates a link between the calling process and the given item (process or
        port).

        Links are bidirectional. Linked processes can be unlinked by using `unlink/1`.

        If such a link exists already, this function does nothing since there can only
        be one link between two given processes. If a process tries to create a link to
        itself, nothing will happen.

        When two processes are linked, each one receives exit signals from the other
        (see also `exit/2`). Let's assume `pid1` and `pid2` are linked. If `pid2` exits
        with a reason other than `:normal` (which is also the exit reason used when a
        process finishes its job) and `pid1` is not trapping exits (see `flag/2`), then
        `pid1` will exit with the same reason as `pid2` and in turn emit an exit signal
        to all its other linked processes. The behaviour when `pid1` is trapping exits
        is described in `exit/2`.

        See `:erlang.link/1` for more information.

        Inlined by the compiler.


        """#)],
        "Process.unlink": [(arities: 1...1, text: #"""

                                    def unlink(pid_or_port)

          @spec unlink(pid() | port()) :: true

        delegate_to: :erlang.unlink/1

        Removes the link between the calling process and the given item (process or
        port).

        If there is no such link, this function does nothing. If `pid_or_port` does not
        exist, this function does not produce any errors and simply does nothing.

        The return value of this function is always `true`.

        See `:erlang.unlink/1` for more information.

        Inlined by the compiler.


        """#)],
        "Task.async": [(arities: 1...1, text: #"""

                                         def async(fun)

          @spec async((() -> any())) :: t()

        Starts a task that must be awaited on.

        `fun` must be a zero-arity anonymous function. This function spawns a process
        that is linked to and monitored by the caller process. A `Task` struct is
        returned containing the relevant information. Developers must eventually call
        `Task.await/2` or `Task.yield/2` followed by `Task.shutdown/2` on the returned
        task.

        Read the `Task` module documentation for more information about the general
        usage of async tasks.

        ## Linking

        This function spawns a process that is linked to and monitored by the caller
        process. The linking part is important because it aborts the task if the parent
        process dies. It also guarantees the code before async/await has the same
        properties after you add the async call. For example, imagine you have this:

            x = heavy_fun()
            y = some_fun()
            x + y

        Now you want to make the `heavy_fun()` async:

            x = Task.async(&heavy_fun/0)
            y = some_fun()
            Task.await(x) + y

        As before, if `heavy_fun/0` fails, the whole computation will fail, including
        the caller process. If you don't want the task to fail then you must change the
        `heavy_fun/0` code in the same way you would achieve it if you didn't have the
        async call. For example, to either return `{:ok, val} | :error` results or, in
        more extreme cases, by using `try/rescue`. In other words, an asynchronous task
        should be thought of as an extension of the caller process rather than a
        mechanism to isolate it from all errors.

        If you don't want to link the caller to the task, then you must use a
        supervised task with `Task.Supervisor` and call
        `Task.Supervisor.async_nolink/2`.

        In any case, avoid any of the following:

          * Setting `:trap_exit` to `true` - trapping exits should be used only in
            special circumstances as it would make your process immune to not only
            exits from the task but from any other processes.
            Moreover, even when trapping exits, calling `await` will still exit if the
            task has terminated without sending its result back.

          * Unlinking the task process started with `async`/`await`. If you unlink
            the processes and the task does not belong to any supervisor, you may leave
            dangling tasks in case the caller process dies.

        ## Metadata

        The task created with this function stores `:erlang.apply/2` in its `:mfa`
        metadata field, which is used internally to apply the anonymous function. Use
        `async/3` if you want another function to be used as metadata.


        """#), (arities: 3...3, text: #"""

                             def async(module, function_name, args)

          @spec async(module(), atom(), [term()]) :: t()

        Starts a task that must be awaited on.

        Similar to `async/1` except the function to be started is specified by the
        given `module`, `function_name`, and `args`. The `module`, `function_name`, and
        its arity are stored as a tuple in the `:mfa` field for reflection purposes.


        """#)],
        "Task.await": [(arities: 1...2, text: #"""

                                def await(task, timeout \\ 5000)

          @spec await(t(), timeout()) :: term()

        Awaits a task reply and returns it.

        In case the task process dies, the caller process will exit with the same
        reason as the task.

        A timeout, in milliseconds or `:infinity`, can be given with a default value of
        `5000`. If the timeout is exceeded, then the caller process will exit. If the
        task process is linked to the caller process which is the case when a task is
        started with `async`, then the task process will also exit. If the task process
        is trapping exits or not linked to the caller process, then it will continue to
        run.

        This function assumes the task's monitor is still active or the monitor's
        `:DOWN` message is in the message queue. If it has been demonitored, or the
        message already received, this function will wait for the duration of the
        timeout awaiting the message.

        This function can only be called once for any given task. If you want to be
        able to check multiple times if a long-running task has finished its
        computation, use `yield/2` instead.

        ## Examples

            iex> task = Task.async(fn -> 1 + 1 end)
            iex> Task.await(task)
            2

        ## Compatibility with OTP behaviours

        It is not recommended to `await` a long-running task inside an OTP behaviour
        such as `GenServer`. Instead, you should match on the message coming from a
        task inside your `c:GenServer.handle_info/2` callback.

        A GenServer will receive two messages on `handle_info/2`:

          * `{ref, result}` - the reply message where `ref` is the monitor
            reference returned by the `task.ref` and `result` is the task result
          * `{:DOWN, ref, :process, pid, reason}` - since all tasks are also
            monitored, you will also receive the `:DOWN` message delivered by
            `Process.monitor/1`. If you receive the `:DOWN` message without a a reply,
            it means the task crashed

        Another consideration to have in mind is that tasks started by `Task.async/1`
        are always linked to their callers and you may not want the GenServer to crash
        if the task crashes. Therefore, it is preferable to instead use
        `Task.Supervisor.async_nolink/3` inside OTP behaviours. For completeness, here
        is an example of a GenServer that start tasks and handles their results:

            defmodule GenServerTaskExample do
              use GenServer
            
              def start_link(opts) do
                GenServer.start_link(__MODULE__, :ok, opts)
              end
            
              def init(_opts) do
                # We will keep all running tasks in a map
                {:ok, %{tasks: %{}}}
              end
            
              # Imagine we invoke a task from the GenServer to access a URL...
              def handle_call(:some_message, _from, state) do
                url = ...
                task = Task.Supervisor.async_nolink(MyApp.TaskSupervisor, fn -> fetch_url(url) end)
            
                # After we start the task, we store its reference and the url it is fetching
                state = put_in(state.tasks[task.ref], url)
            
                {:reply, :ok, state}
              end
            
              # If the task succeeds...
              def handle_info({ref, result}, state) do
                # The task succeed so we can cancel the monitoring and discard the DOWN message
                Process.demonitor(ref, [:flush])
            
                {url, state} = pop_in(state.tasks[ref])
                IO.puts "Got #{inspect(result)} for URL #{inspect url}"
                {:noreply, state}
              end
            
              # If the task fails...
              def handle_info({:DOWN, ref, _, _, reason}, state) do
                {url, state} = pop_in(state.tasks[ref])
                IO.puts "URL #{inspect url} failed with reason #{inspect(reason)}"
                {:noreply, state}
              end
            end

        With the server defined, you will want to start the task supervisor above and
        the GenServer in your supervision tree:

            children = [
              {Task.Supervisor, name: MyApp.TaskSupervisor},
              {GenServerTaskExample, name: MyApp.GenServerTaskExample}
            ]
            
            Supervisor.start_link(children, strategy: :one_for_one)


        """#)],
        "Task.yield": [(arities: 1...2, text: #"""

                                def yield(task, timeout \\ 5000)

          @spec yield(t(), timeout()) :: {:ok, term()} | {:exit, term()} | nil

        Temporarily blocks the caller process waiting for a task reply.

        Returns `{:ok, reply}` if the reply is received, `nil` if no reply has arrived,
        or `{:exit, reason}` if the task has already exited. Keep in mind that normally
        a task failure also causes the process owning the task to exit. Therefore this
        function can return `{:exit, reason}` if at least one of the conditions below
        apply:

          * the task process exited with the reason `:normal`
          * the task isn't linked to the caller (the task was started with
            `Task.Supervisor.async_nolink/2` or `Task.Supervisor.async_nolink/4`)
          * the caller is trapping exits

        A timeout, in milliseconds or `:infinity`, can be given with a default value of
        `5000`. If the time runs out before a message from the task is received, this
        function will return `nil` and the monitor will remain active. Therefore
        `yield/2` can be called multiple times on the same task.

        This function assumes the task's monitor is still active or the monitor's
        `:DOWN` message is in the message queue. If it has been demonitored or the
        message already received, this function will wait for the duration of the
        timeout awaiting the message.

        If you intend to shut the task down if it has not responded within `timeout`
        milliseconds, you should chain this together with `shutdown/1`, like so:

            case Task.yield(task, timeout) || Task.shutdown(task) do
              {:ok, result} ->
                result
            
              nil ->
                Logger.warn("Failed to get a result in #{timeout}ms")
                nil
            end

        If you intend to check on the task but leave it running after the timeout, you
        can chain this together with `ignore/1`, like so:

            case Task.yield(task, timeout) || Task.ignore(task) do
              {:ok, result} ->
                result
            
              nil ->
                Logger.warn("Failed to get a result in #{timeout}ms")
                nil
            end

        That ensures that if the task completes after the `timeout` but before
        `shutdown/1` has been called, you will still get the result, since `shutdown/1`
        is designed to handle this case and return the result.


        """#)],
        "Task.start": [(arities: 1...1, text: #"""

                                         def start(fun)

          @spec start((() -> any())) :: {:ok, pid()}

        Starts a task.

        `fun` must be a zero-arity anonymous function.

        This should only used when the task is used for side-effects (like I/O) and you
        have no interest on its results nor if it completes successfully.

        If the current node is shutdown, the node will terminate even if the task was
        not completed. For this reason, we recommend to use
        `Task.Supervisor.start_child/2` instead, which allows you to control the
        shutdown time via the `:shutdown` option.


        """#), (arities: 3...3, text: #"""

                             def start(module, function_name, args)

          @spec start(module(), atom(), [term()]) :: {:ok, pid()}

        Starts a task.

        This should only used when the task is used for side-effects (like I/O) and you
        have no interest on its results nor if it completes successfully.

        If the current node is shutdown, the node will terminate even if the task was
        not completed. For this reason, we recommend to use
        `Task.Supervisor.start_child/2` instead, which allows you to control the
        shutdown time via the `:shutdown` option.


        """#)],
        "Task.start_link": [(arities: 1...1, text: #"""

                                      def start_link(fun)

          @spec start_link((() -> any())) :: {:ok, pid()}

        Starts a task as part of a supervision tree with the given `fun`.

        `fun` must be a zero-arity anonymous function.

        This is used to start a statically supervised task under a supervision tree.


        """#), (arities: 3...3, text: #"""

                             def start_link(module, function, args)

          @spec start_link(module(), atom(), [term()]) :: {:ok, pid()}

        Starts a task as part of a supervision tree with the given `module`,
        `function`, and `args`.

        This is used to start a statically supervised task under a supervision tree.


        """#)],
        "Task.shutdown": [(arities: 1...2, text: #"""

                              def shutdown(task, shutdown \\ 5000)

          @spec shutdown(t(), timeout() | :brutal_kill) ::
                  {:ok, term()} | {:exit, term()} | nil

        Unlinks and shuts down the task, and then checks for a reply.

        Returns `{:ok, reply}` if the reply is received while shutting down the task,
        `{:exit, reason}` if the task died, otherwise `nil`. Once shut down, you can no
        longer await or yield it.

        The second argument is either a timeout or `:brutal_kill`. In case of a
        timeout, a `:shutdown` exit signal is sent to the task process and if it does
        not exit within the timeout, it is killed. With `:brutal_kill` the task is
        killed straight away. In case the task terminates abnormally (possibly killed
        by another process), this function will exit with the same reason.

        It is not required to call this function when terminating the caller, unless
        exiting with reason `:normal` or if the task is trapping exits. If the caller
        is exiting with a reason other than `:normal` and the task is not trapping
        exits, the caller's exit signal will stop the task. The caller can exit with
        reason `:shutdown` to shut down all of its linked processes, including tasks,
        that are not trapping exits without generating any log messages.

        If a task's monitor has already been demonitored or received and there is not a
        response waiting in the message queue this function will return `{:exit,
        :noproc}` as the result or exit reason can not be determined.


        """#)],
        "Agent.start_link": [(arities: 1...2, text: #"""

                               def start_link(fun, options \\ [])

          @spec start_link((() -> term()), GenServer.options()) :: on_start()

        Starts an agent linked to the current process with the given function.

        This is often used to start the agent as part of a supervision tree.

        Once the agent is spawned, the given function `fun` is invoked in the server
        process, and should return the initial agent state. Note that `start_link/2`
        does not return until the given function has returned.

        ## Options

        The `:name` option is used for registration as described in the module
        documentation.

        If the `:timeout` option is present, the agent is allowed to spend at most the
        given number of milliseconds on initialization or it will be terminated and the
        start function will return `{:error, :timeout}`.

        If the `:debug` option is present, the corresponding function in the `:sys`
        module (`:sys`) will be invoked.

        If the `:spawn_opt` option is present, its value will be passed as options to
        the underlying process as in `Process.spawn/4`.

        ## Return values

        If the server is successfully created and initialized, the function returns
        `{:ok, pid}`, where `pid` is the PID of the server. If an agent with the
        specified name already exists, the function returns `{:error,
        {:already_started, pid}}` with the PID of that process.

        If the given function callback fails, the function returns `{:error, reason}`.

        ## Examples

            iex> {:ok, pid} = Agent.start_link(fn -> 42 end)
            iex> Agent.get(pid, fn state -> state end)
            42
            
            iex> {:error, {exception, _stacktrace}} = Agent.start(fn -> raise "oops" end)
            iex> exception
            %RuntimeError{message: "oops"}


        """#), (arities: 3...4, text: #"""

                        def start_link(module, fun, args, options \\ [])

          @spec start_link(module(), atom(), [any()], GenServer.options()) :: on_start()

        Starts an agent linked to the current process.

        Same as `start_link/2` but a module, function, and arguments are expected
        instead of an anonymous function; `fun` in `module` will be called with the
        given arguments `args` to initialize the state.


        """#)],
        "Agent.get": [(arities: 2...3, text: #"""

                              def get(agent, fun, timeout \\ 5000)

          @spec get(agent(), (state() -> a), timeout()) :: a when a: var

        Gets an agent value via the given anonymous function.

        The function `fun` is sent to the `agent` which invokes the function passing
        the agent state. The result of the function invocation is returned from this
        function.

        `timeout` is an integer greater than zero which specifies how many milliseconds
        are allowed before the agent executes the function and returns the result
        value, or the atom `:infinity` to wait indefinitely. If no result is received
        within the specified time, the function call fails and the caller exits.

        ## Examples

            iex> {:ok, pid} = Agent.start_link(fn -> 42 end)
            iex> Agent.get(pid, fn state -> state end)
            42


        """#), (arities: 4...5, text: #"""

                       def get(agent, module, fun, args, timeout \\ 5000)

          @spec get(agent(), module(), atom(), [term()], timeout()) :: any()

        Gets an agent value via the given function.

        Same as `get/3` but a module, function, and arguments are expected instead of
        an anonymous function. The state is added as first argument to the given list
        of arguments.


        """#)],
        "Agent.update": [(arities: 2...3, text: #"""

                            def update(agent, fun, timeout \\ 5000)

          @spec update(agent(), (state() -> state()), timeout()) :: :ok

        Updates the agent state via the given anonymous function.

        The function `fun` is sent to the `agent` which invokes the function passing
        the agent state. The return value of `fun` becomes the new state of the agent.

        This function always returns `:ok`.

        `timeout` is an integer greater than zero which specifies how many milliseconds
        are allowed before the agent executes the function and returns the result
        value, or the atom `:infinity` to wait indefinitely. If no result is received
        within the specified time, the function call fails and the caller exits.

        ## Examples

            iex> {:ok, pid} = Agent.start_link(fn -> 42 end)
            iex> Agent.update(pid, fn state -> state + 1 end)
            :ok
            iex> Agent.get(pid, fn state -> state end)
            43


        """#), (arities: 4...5, text: #"""

                     def update(agent, module, fun, args, timeout \\ 5000)

          @spec update(agent(), module(), atom(), [term()], timeout()) :: :ok

        Updates the agent state via the given function.

        Same as `update/3` but a module, function, and arguments are expected instead
        of an anonymous function. The state is added as first argument to the given
        list of arguments.

        ## Examples

            iex> {:ok, pid} = Agent.start_link(fn -> 42 end)
            iex> Agent.update(pid, Kernel, :+, [12])
            :ok
            iex> Agent.get(pid, fn state -> state end)
            54


        """#)],
        "Agent.get_and_update": [(arities: 2...3, text: #"""

                        def get_and_update(agent, fun, timeout \\ 5000)

          @spec get_and_update(agent(), (state() -> {a, state()}), timeout()) :: a
                when a: var

        Gets and updates the agent state in one operation via the given anonymous
        function.

        The function `fun` is sent to the `agent` which invokes the function passing
        the agent state. The function must return a tuple with two elements, the first
        being the value to return (that is, the "get" value) and the second one being
        the new state of the agent.

        `timeout` is an integer greater than zero which specifies how many milliseconds
        are allowed before the agent executes the function and returns the result
        value, or the atom `:infinity` to wait indefinitely. If no result is received
        within the specified time, the function call fails and the caller exits.

        ## Examples

            iex> {:ok, pid} = Agent.start_link(fn -> 42 end)
            iex> Agent.get_and_update(pid, fn state -> {state, state + 1} end)
            42
            iex> Agent.get(pid, fn state -> state end)
            43


        """#), (arities: 4...5, text: #"""

                 def get_and_update(agent, module, fun, args, timeout \\ 5000)

          @spec get_and_update(agent(), module(), atom(), [term()], timeout()) :: any()

        Gets and updates the agent state in one operation via the given function.

        Same as `get_and_update/3` but a module, function, and arguments are expected
        instead of an anonymous function. The state is added as first argument to the
        given list of arguments.


        """#)],
        "Agent.cast": [(arities: 2...2, text: #"""

                                      def cast(agent, fun)

          @spec cast(agent(), (state() -> state())) :: :ok

        Performs a cast (*fire and forget*) operation on the agent state.

        The function `fun` is sent to the `agent` which invokes the function passing
        the agent state. The return value of `fun` becomes the new state of the agent.

        Note that `cast` returns `:ok` immediately, regardless of whether `agent` (or
        the node it should live on) exists.

        ## Examples

            iex> {:ok, pid} = Agent.start_link(fn -> 42 end)
            iex> Agent.cast(pid, fn state -> state + 1 end)
            :ok
            iex> Agent.get(pid, fn state -> state end)
            43


        """#), (arities: 4...4, text: #"""

                               def cast(agent, module, fun, args)

          @spec cast(agent(), module(), atom(), [term()]) :: :ok

        Performs a cast (*fire and forget*) operation on the agent state.

        Same as `cast/2` but a module, function, and arguments are expected instead of
        an anonymous function. The state is added as first argument to the given list
        of arguments.

        ## Examples

            iex> {:ok, pid} = Agent.start_link(fn -> 42 end)
            iex> Agent.cast(pid, Kernel, :+, [12])
            :ok
            iex> Agent.get(pid, fn state -> state end)
            54


        """#)],
        "Agent.stop": [(arities: 1...3, text: #"""

                    def stop(agent, reason \\ :normal, timeout \\ :infinity)

          @spec stop(agent(), reason :: term(), timeout()) :: :ok

        Synchronously stops the agent with the given `reason`.

        It returns `:ok` if the agent terminates with the given reason. If the agent
        terminates with another reason, the call will exit.

        This function keeps OTP semantics regarding error reporting. If the reason is
        any other than `:normal`, `:shutdown` or `{:shutdown, _}`, an error report will
        be logged.

        ## Examples

            iex> {:ok, pid} = Agent.start_link(fn -> 42 end)
            iex> Agent.stop(pid)
            :ok


        """#)],
    ]
}
