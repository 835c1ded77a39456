pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// A topic: summary, sections with their sources, key takeaways, and where to go next.
ScrollingPage {
    id: root

    objectName: "topicPage"
    focus: true
    /** Left empty: what a walkthrough button reads while it is being taken away. */
    property pageLink noLink
    property topicSection noSection
    // Read once for all their rows. The rows are made by count, so a language switch (same
    // count, new words) changes their text instead of making every section again.
    readonly property var sections: topic.sections
    readonly property var takeawayList: topic.takeaways

    TopicModel {
        id: topic
        topicId: Navigation.pageId
    }

    PageTitle {
        Layout.fillWidth: true
        text: topic.title
    }
    ContentText {
        Layout.fillWidth: true
        html: topic.summary
        font.pixelSize: Theme.subheadingSize
    }

    // Wraps at narrow widths: a long flow title must not push the page sideways.
    Flow {
        id: actionsRow

        Layout.fillWidth: true
        spacing: Theme.gap
        ActionButton {
            visible: topic.walkthrough !== ""
            maxWidth: actionsRow.width
            text: qsTr("Start the walkthrough")
            font.pixelSize: Theme.bodySize
            highlighted: true
            onClicked: Navigation.go(topic.walkthroughAddress)
        }
        ActionButton {
            visible: topic.walkthrough !== ""
            maxWidth: actionsRow.width
            //: Saves a printable PDF of this topic's walkthrough
            text: qsTr("Handout (PDF)")
            onClicked: Handouts.save(topic.walkthroughAddress)
        }
        ActionButton {
            objectName: "shareForPhones"
            visible: topic.walkthrough !== ""
            maxWidth: actionsRow.width
            //: Saves this topic's walkthrough as one web page for phones (no internet needed), beside "Handout (PDF)"
            text: qsTr("Share for phones")
            //: Read by a screen reader on the "Share for phones" button
            Accessible.description: qsTr("Saves one web page to open on a phone, in English and Spanish. It needs no internet.")
            onClicked: Handouts.share(topic.walkthroughAddress)
        }
        ActionButton {
            objectName: "presentTopic"
            maxWidth: actionsRow.width
            //: Presents this topic to a room, one section a slide
            text: qsTr("Present")
            onClicked: Navigation.present(topic.address)
        }
        Repeater {
            model: topic.flows
            delegate: ActionButton {
                id: flowButton
                required property pageLink modelData
                // No wider than the row: a long title (Spanish, large text) wraps inside the button.
                maxWidth: actionsRow.width
                //: Button that opens a decision flow; %1 is its title
                text: qsTr("Explore: %1").arg(flowButton.modelData.title)
                font.pixelSize: Theme.bodySize
                onClicked: Navigation.go(flowButton.modelData.address)
            }
        }
        // Other walkthroughs of the topic: the practice ones (the door, reading a warrant). By
        // count: a title that changes with the language is read afresh, so the width follows it.
        Repeater {
            model: topic.moreWalkthroughs.length
            delegate: ActionButton {
                id: walkthroughButton
                required property int index
                // (A button about to go, when the next topic has fewer, reads an empty link.)
                readonly property pageLink link: index < topic.moreWalkthroughs.length
                    ? topic.moreWalkthroughs[index] : root.noLink
                objectName: "moreWalkthrough-" + link.id
                maxWidth: actionsRow.width
                text: walkthroughButton.link.title
                font.pixelSize: Theme.bodySize
                onClicked: Navigation.go(walkthroughButton.link.address)
            }
        }
    }

    HandoutNotice {
        Layout.fillWidth: true
    }
    LocalNotes {
        Layout.fillWidth: true
        model: LocalNoteModel {
            topicId: topic.topicId
        }
    }

    Repeater {
        model: root.sections.length
        delegate: ColumnLayout {
            id: section

            required property int index
            readonly property topicSection modelData: index < root.sections.length ? root.sections[index] : root.noSection
            Layout.fillWidth: true
            spacing: Theme.gap

            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                text: section.modelData.heading
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
            }
            ListenButton {
                Layout.fillWidth: true
                speech: section.modelData.speech
            }
            ContentText {
                Layout.fillWidth: true
                html: section.modelData.body
            }
            SourceList {
                Layout.fillWidth: true
                sources: section.modelData.sources
            }
        }
    }

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: takeaways.implicitHeight + 2 * Theme.margin / 2
        radius: Theme.radius
        color: Theme.surfaceAlt
        visible: topic.takeaways.length > 0

        ColumnLayout {
            id: takeaways
            anchors.fill: parent
            anchors.margins: Theme.margin / 2
            spacing: Theme.gap

            Label {
                textFormat: Text.PlainText
                text: qsTr("Key takeaways")
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
            }
            Repeater {
                model: root.takeawayList.length
                delegate: Label {
                    id: takeaway
                    textFormat: Text.PlainText
                    required property int index
                    readonly property string modelData: index < root.takeawayList.length ? root.takeawayList[index] : ""
                    Layout.fillWidth: true
                    text: "• " + takeaway.modelData
                    font.pixelSize: Theme.bodySize
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
            }
        }
    }

    Flow {
        id: relatedRow

        Layout.fillWidth: true
        spacing: Theme.gap
        visible: topic.related.length > 0
        Label {
            textFormat: Text.PlainText
            text: qsTr("Related topics:")
            font.pixelSize: Theme.bodySize
            color: Theme.mutedText
        }
        Repeater {
            model: topic.related
            delegate: ActionButton {
                id: relatedButton
                required property pageLink modelData
                maxWidth: relatedRow.width
                text: relatedButton.modelData.title
                font.pixelSize: Theme.bodySize
                onClicked: Navigation.go(relatedButton.modelData.address)
            }
        }
    }
}
