import QtQuick
import QtQuick.Controls.Basic
import KnowTheLimits

// The heading of a page.
Label {
    textFormat: Text.PlainText
    font.pixelSize: Theme.titleSize
    font.bold: true
    color: Theme.text
    wrapMode: Text.Wrap
    Accessible.role: Accessible.Heading
}
