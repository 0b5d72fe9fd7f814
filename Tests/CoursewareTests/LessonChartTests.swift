import Courseware
import Testing

/// Every `trace` block of the lessons is what proctor draws for the program before it.
@Test func everyLessonChartIsWhatProctorDraws() throws {
    let course = try Course.embedded()
    let charts = course.lessons.flatMap(\.charts)
    #expect(charts.count >= 3)
    for chart in charts {
        let drawn = chart.drawn()
        #expect(drawn == chart.text, "\(chart.file):\(chart.line): the chart proctor draws now is:\n\(drawn)")
    }
}
