import Foundation
import CasebookTestSupport
import Testing
@testable import CasebookImages

/// Image dimensions read from headers, so pages reserve space for images.
@Suite struct ImageSizeTests {
    @Test func png() {
        #expect(ImageSize.read(FixtureCollection.png(width: 640, height: 480)) == ImageSize(width: 640, height: 480))
    }

    @Test func gif() {
        let bytes: [UInt8] = Array("GIF89a".utf8) + [0x20, 0x03, 0x58, 0x02] + [0, 0, 0]
        #expect(ImageSize.read(bytes) == ImageSize(width: 800, height: 600))
    }

    @Test func jpegSkipsSegmentsToTheFrameHeader() {
        let app0: [UInt8] = [0xFF, 0xE0, 0x00, 0x10] + Array("JFIF\0".utf8) + [1, 1, 0, 0, 1, 0, 1, 0, 0]
        let sof0: [UInt8] = [0xFF, 0xC0, 0x00, 0x11, 0x08, 0x01, 0xE0, 0x02, 0x80, 0x03] + Array(repeating: 0, count: 9)
        #expect(ImageSize.read([0xFF, 0xD8] + app0 + sof0) == ImageSize(width: 640, height: 480))
    }

    @Test func webpExtended() {
        var bytes: [UInt8] = Array("RIFF".utf8) + [0, 0, 0, 0] + Array("WEBPVP8X".utf8) + [10, 0, 0, 0] + [0, 0, 0, 0]
        bytes += [0x7F, 0x02, 0x00, 0xDF, 0x01, 0x00]  // 639 + 1, 479 + 1
        #expect(ImageSize.read(bytes) == ImageSize(width: 640, height: 480))
    }

    @Test func svgWidthAndHeight() {
        let svg = #"<svg xmlns="http://www.w3.org/2000/svg" width="320px" height="200" viewBox="0 0 10 10"></svg>"#
        #expect(ImageSize.read(Array(svg.utf8)) == ImageSize(width: 320, height: 200))
    }

    @Test func svgViewBoxWhenSizeIsRelative() {
        let svg = #"<svg xmlns="http://www.w3.org/2000/svg" width="100%" viewBox="0 0 800 450"></svg>"#
        #expect(ImageSize.read(Array(svg.utf8)) == ImageSize(width: 800, height: 450))
    }

    @Test func svgExternalEntitiesAreNeitherFetchedNorExpanded() {
        let inText = """
        <?xml version="1.0"?>
        <!DOCTYPE svg [<!ENTITY leak SYSTEM "file:///etc/hostname">]>
        <svg xmlns="http://www.w3.org/2000/svg" width="7" height="6"><text>&leak;</text></svg>
        """
        #expect(ImageSize.read(Array(inText.utf8)) == ImageSize(width: 7, height: 6))
        // In an attribute an external entity is a well-formedness error: the file is not read as SVG.
        let inAttribute = inText.replacingOccurrences(of: "width=\"7\"", with: "width=\"&leak;\"")
        #expect(ImageSize.read(Array(inAttribute.utf8)) == nil)
    }

    @Test(arguments: [[UInt8](), [0x89, 0x50, 0x4E, 0x47], Array("not an image".utf8), Array("<html></html>".utf8)])
    func unreadableHeadersGiveNil(bytes: [UInt8]) {
        #expect(ImageSize.read(bytes) == nil)
    }
}
