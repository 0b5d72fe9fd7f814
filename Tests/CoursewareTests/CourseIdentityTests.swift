import Courseware
import Foundation
import TestSupport
import Testing

@Test func theBuiltInCourseIsKnownByItsKeyWhereverItsFilesComeFrom() throws {
    let builtIn = try Course.embedded()
    #expect(builtIn.identity.isBuiltIn)
    #expect(builtIn.identity.version == CourseIdentity.builtInVersion)
    let copy = try Course.folder(LessonFiles.folder.path)
    #expect(copy.identity == builtIn.identity)
}

@Test func anyOtherCourseIsKnownByTheDigestOfItsFiles() throws {
    let tiny = try TinyCourse.course()
    let changed = try TinyCourse.course(test: "assert 1 + 1 == 2")
    #expect(!tiny.identity.isBuiltIn)
    #expect(tiny.identity.key == "lessons:" + tiny.identity.version)
    #expect(changed.identity != tiny.identity)
    #expect(changed.exercises.first?.exercise.testsDigest != tiny.exercises.first?.exercise.testsDigest)
    #expect(try TinyCourse.course().identity == tiny.identity)
}
