pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// Every source, grouped by kind, with what it supports and where to read it.
ColumnLayout {
    id: root

    objectName: "sourcesPage"
    // Left edge of the centred reading column, so titles line up with the list below.
    readonly property real side: Math.max(Theme.margin, (width - Theme.contentWidth) / 2)

    spacing: Theme.gap

    SourceListModel {
        id: sources
    }

    PageTitle {
        Layout.margins: Theme.margin
        Layout.leftMargin: root.side
        Layout.bottomMargin: 0
        text: qsTr("Sources")
    }

    // A readable column, centred in wide windows.
    Item {
        Layout.fillWidth: true
        Layout.fillHeight: true

        ListView {
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(parent.width, Theme.contentWidth + 2 * Theme.margin)
            clip: true
            focus: true
            model: sources
            spacing: Theme.margin
            leftMargin: Theme.margin
            rightMargin: Theme.margin
            ScrollBar.vertical: ScrollBar {}
            delegate: ColumnLayout {
                id: entry
                required property string citation
                required property string supports
                required property string url
                required property string kindLabel
                required property bool firstOfKind
                required property var usedIn
                width: ListView.view.width - 2 * Theme.margin
                spacing: 2
                Label {
                    textFormat: Text.PlainText
                    visible: entry.firstOfKind
                    topPadding: Theme.margin / 2
                    bottomPadding: Theme.gap
                    text: entry.kindLabel
                    font.pixelSize: Theme.headingSize
                    font.bold: true
                    color: Theme.text
                    Accessible.role: Accessible.Heading
                }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: entry.citation
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    text: entry.supports
                    font.pixelSize: Theme.bodySize
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Flow {
                    id: usedInRow

                    Layout.fillWidth: true
                    spacing: Theme.gap / 2
                    visible: entry.usedIn.length > 0

                    Label {
                        textFormat: Text.PlainText
                        text: qsTr("Used in:")
                        font.pixelSize: Theme.smallSize
                        color: Theme.mutedText
                    }
                    Repeater {
                        model: entry.usedIn.slice(0, 6)
                        delegate: LinkChip {
                            id: usedInChip
                            required property var modelData
                            // No wider than the row: a long title (Spanish, large text) wraps inside the button.
                            maxWidth: usedInRow.width
                            text: usedInChip.modelData.title
                            onClicked: Navigation.go(usedInChip.modelData.address)
                        }
                    }
                    Label {
                        textFormat: Text.PlainText
                        visible: entry.usedIn.length > 6
                        //: After the first few places a source is cited; %1 is how many more
                        text: qsTr("and %1 more").arg(entry.usedIn.length - 6)
                        font.pixelSize: Theme.smallSize
                        color: Theme.mutedText
                    }
                }
                Label {
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    visible: entry.url !== ""
                    text: entry.url
                    font.pixelSize: Theme.smallSize
                    color: Theme.mutedText
                    wrapMode: Text.WrapAnywhere
                }
            }
        }
    }
}
