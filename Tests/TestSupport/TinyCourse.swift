import Courseware

/// A one-lesson course a learner might write, whose one exercise has `exerciseId` (by default
/// the id of the built-in course's first exercise) and a test that always passes.
public enum TinyCourse {
    /// The lesson file's text.
    public static func text(lessonId: String = "mine", exerciseId: String = "sleepy_process", test: String = "assert true") -> String {
        """
        ---
        id: \(lessonId)
        title: My course
        order: 1
        summary: A tiny course
        ---

        # My course

        Just one exercise.

        ## Exercise \(exerciseId): Anything goes

        ### Statement

        Write anything.

        ### Starter

        ```elixir
        defmodule Sleepy do
          def start(_ms), do: nil
        end
        ```

        ### Tests

        ```elixir
        defmodule SleepyTest do
          use ExUnit.Case

          test "always passes" do
            \(test)
          end
        end
        ```

        ### Hints

        1. Nothing to do.
        2. Really nothing.

        ### Solution

        ```elixir
        defmodule Sleepy do
          def start(_ms), do: nil
        end
        ```

        """
    }

    /// The course itself.
    public static func course(test: String = "assert true") throws -> Course {
        try Course(files: [("mine/01-mine.md", text(test: test))])
    }
}
