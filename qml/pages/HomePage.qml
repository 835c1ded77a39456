pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// The entry: the four concepts as large cards, then the other topics and the reference pages.
ScrollingPage {
    id: root

    readonly property int topicCount: topics.count

    objectName: "homePage"
    maxContentWidth: 1100 * Theme.scale
    focus: true

    TopicListModel {
        id: topics
    }

    PageTitle {
        Layout.fillWidth: true
        text: qsTr("Know the Limits")
    }
    Label {
        textFormat: Text.PlainText
        Layout.fillWidth: true
        text: qsTr("How ICE works with local police, what courts can and cannot order, and what it means for communities. Plain words, with sources.")
        font.pixelSize: Theme.subheadingSize
        color: Theme.mutedText
        wrapMode: Text.Wrap
    }

    CardButton {
        objectName: "continueCard"
        Layout.fillWidth: true
        visible: resumeTitle !== ""
        emphasized: true
        readonly property string resumeTitle: Navigation.describe(Settings.resumePage)
        //: Home page card that reopens the page open when the app was last closed
        text: qsTr("Continue where you left off")
        description: resumeTitle
        onClicked: Navigation.go(Settings.resumePage)
    }

    CardButton {
        objectName: "whatIfCard"
        Layout.fillWidth: true
        visible: Content.hasWhatIf
        //: Home page card to the what-if explorer
        text: qsTr("What changes if…?")
        description: qsTr("Follow one arrest by local police to what can happen next. Change the state's law, the county's 287(g) agreement or what ICE sends, and see what changes and why.")
        onClicked: Navigation.go("whatif")
    }

    GridLayout {
        Layout.fillWidth: true
        columns: root.width > 900 ? 2 : 1
        columnSpacing: Theme.margin / 2
        rowSpacing: Theme.margin / 2

        Repeater {
            model: topics
            delegate: CardButton {
                required property string address
                required property string title
                required property string summaryShort
                required property bool concept
                required property string titleOther
                required property string summaryShortOther

                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                text: title
                description: summaryShort
                otherText: titleOther
                otherDescription: summaryShortOther
                emphasized: concept
                onClicked: Navigation.go(address)
            }
        }
    }

    CardButton {
        objectName: "helpCard"
        Layout.fillWidth: true
        //: Home page card to the page of places to find a lawyer or accredited representative
        text: qsTr("Find legal help")
        description: qsTr("Free and low-cost legal help, how to check that a lawyer or representative is real, and how to avoid notario fraud.")
        onClicked: Navigation.go("help")
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.margin / 2

        ActionButton {
            text: qsTr("Glossary")
            font.pixelSize: Theme.bodySize
            onClicked: Navigation.go("glossary")
        }
        ActionButton {
            text: qsTr("Timeline")
            font.pixelSize: Theme.bodySize
            onClicked: Navigation.go("timeline")
        }
        ActionButton {
            text: qsTr("Sources")
            font.pixelSize: Theme.bodySize
            onClicked: Navigation.go("sources")
        }
    }

    Label {
        Layout.fillWidth: true
        text: Content.helpNotice
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.smallSize
        color: Theme.mutedText
    }
}
