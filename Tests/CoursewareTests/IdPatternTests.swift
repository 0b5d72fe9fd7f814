import Courseware
import Testing

@Test func idsFollowFormatPatterns() {
    #expect(IdPattern.isLessonId("send-receive") && IdPattern.isLessonId("a1"))
    #expect(IdPattern.isExerciseId("report_back") && IdPattern.isExerciseId("x2"))
    for bad in ["", "1abc", "-a", "a/b", "..", "../x", "a b", "Ab", "é", "a\u{1B}", String(repeating: "a", count: 61)] {
        #expect(!IdPattern.isLessonId(bad), "\(bad)")
        #expect(!IdPattern.isExerciseId(bad), "\(bad)")
    }
    #expect(!IdPattern.isLessonId("snake_case") && !IdPattern.isExerciseId("kebab-case"))
    #expect(IdPattern.isExerciseId(String(repeating: "a", count: 60)))
}
