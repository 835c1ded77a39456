pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import KnowTheLimits

// Every slide as a small card, as a presenter view's slide sorter: the number and title, the
// first words, and where a playlist's part begins. A click or Enter goes there; Esc closes.
Rectangle {
    id: root

    required property PresentationModel presentation

    signal closed()

    color: Theme.background
    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("All slides")

    function pick(index: int) {
        root.presentation.currentIndex = index
        root.closed()
    }

    onVisibleChanged: if (visible) {
        grid.currentIndex = root.presentation.currentIndex
        grid.positionViewAtIndex(grid.currentIndex, GridView.Contain)
        grid.forceActiveFocus()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.gap

        RowLayout {
            Layout.fillWidth: true
            Text {
                Layout.fillWidth: true
                text: qsTr("All slides")
                textFormat: Text.PlainText
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            ActionButton {
                objectName: "closeGridButton"
                focusOnClick: false
                //: Presenter view: closes the grid of all slides
                text: qsTr("Close (Esc)")
                onClicked: root.closed()
            }
        }

        GridView {
            id: grid

            objectName: "slideGrid"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            keyNavigationEnabled: true
            cellWidth: width / Math.max(1, Math.floor(width / (260 * Theme.scale)))
            cellHeight: cellWidth * 0.62
            model: root.presentation.slides
            ScrollBar.vertical: ScrollBar {}
            Keys.onReturnPressed: root.pick(grid.currentIndex)
            Keys.onEnterPressed: root.pick(grid.currentIndex)
            Keys.onEscapePressed: root.closed()

            delegate: Rectangle {
                id: card

                required property slideEntry modelData
                required property int index
                readonly property bool isCurrent: root.presentation.currentIndex === card.modelData.index

                objectName: "gridSlide-" + card.modelData.index
                width: grid.cellWidth - Theme.gap
                height: grid.cellHeight - Theme.gap
                radius: Theme.radius
                color: Theme.surface
                border.color: card.GridView.isCurrentItem ? Theme.focus : card.isCurrent ? Theme.accent : Theme.border
                border.width: card.GridView.isCurrentItem || card.isCurrent ? 3 : 1
                Accessible.role: Accessible.Button
                Accessible.name: card.modelData.label
                Accessible.description: card.modelData.preview

                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.gap
                    spacing: 2
                    Text {
                        Layout.fillWidth: true
                        visible: card.modelData.startsSection
                        text: card.modelData.section
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.smallSize * 0.9
                        font.bold: true
                        color: Theme.accent
                        elide: Text.ElideRight
                    }
                    Text {
                        Layout.fillWidth: true
                        text: card.modelData.label
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.smallSize
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                    }
                    Text {
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        text: card.modelData.preview
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.smallSize * 0.85
                        color: Theme.mutedText
                        wrapMode: Text.Wrap
                        elide: Text.ElideRight
                        clip: true
                    }
                }
                MouseArea {
                    anchors.fill: parent
                    onClicked: root.pick(card.index)
                }
            }
        }
    }
}
