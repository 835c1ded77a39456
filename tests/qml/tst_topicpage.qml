import QtQuick
import QtTest
import KnowTheLimits

// A topic page: its title, its prose, and the way on to its walkthrough and flows.
AppTestCase {
    id: testCase

    name: "TopicPage"

    Component { id: topicPage; TopicPage {} }

    function test_titleAndBody() {
        verify(Navigation.go("topic/partnerships"))
        const page = createPage(topicPage)
        const title = findByText(page, "Partnerships")
        verify(title, "the topic's title is shown")
        compare(title.Accessible.role, Accessible.Heading)
        tryVerify(() => title.activeFocus, 5000, "the heading takes the keyboard when the page opens")
        // The summary is rendered prose: the markup is gone for screen readers, the words stay.
        const summary = descendants(page, item => item.html !== undefined && item.Accessible.name === "How police and ICE work together.")
        compare(summary.length, 1)
        verify(summary[0].text.indexOf("<b>police</b>") >= 0, "the bold word is shown bold: " + summary[0].text)
        verify(findByText(page, "Detainers"), "section headings are shown")
        verify(findByText(page, "Why it matters"))
        verify(findByText(page, "• A detainer is a request."), "takeaways are listed")
        verify(findByText(page, "8 C.F.R. § 287.7"), "a section's sources are cited")
    }

    function test_startsItsWalkthrough() {
        verify(Navigation.go("topic/partnerships"))
        const page = createPage(topicPage)
        mouseClick(findByText(page, "Start the walkthrough"))
        compare(Navigation.address, "walkthrough/detainers-101")
    }

    function test_exploresItsFlow() {
        verify(Navigation.go("topic/partnerships"))
        const page = createPage(topicPage)
        const explore = findByText(page, "Explore: A jail gets a detainer")
        verify(explore, "one button per flow of the topic")
        explore.forceActiveFocus()
        keyClick(Qt.Key_Return)
        compare(Navigation.address, "flow/jail")
    }

    function test_relatedTopic() {
        verify(Navigation.go("topic/partnerships"))
        const page = createPage(topicPage)
        mouseClick(findByText(page, "Mandamus"))
        compare(Navigation.address, "topic/mandamus")
    }

    function test_topicWithoutWalkthroughOrFlows() {
        verify(Navigation.go("topic/mandamus"))
        const page = createPage(topicPage)
        verify(findByText(page, "Mandamus"))
        compare(findByText(page, "Start the walkthrough"), null, "no walkthrough button without a walkthrough")
        compare(descendants(page, item => item.visible && typeof item.text === "string" && item.text.indexOf("Explore:") === 0).length, 0)
    }
}
