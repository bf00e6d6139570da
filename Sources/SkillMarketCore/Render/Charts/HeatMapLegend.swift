import Foundation

/// An sRGB colour with a hex form and a darkness test for choosing text colour on top of it.
struct ChartColour: Equatable {
    let red: Double
    let green: Double
    let blue: Double

    init(_ hex: UInt32) {
        red = Double((hex >> 16) & 0xFF)
        green = Double((hex >> 8) & 0xFF)
        blue = Double(hex & 0xFF)
    }

    init(red: Double, green: Double, blue: Double) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    var hex: String {
        let digits = Array("0123456789ABCDEF")
        var text = "#"
        for component in [red, green, blue] {
            let value = Int(min(max(component, 0), 255).rounded(.toNearestOrAwayFromZero))
            text.append(digits[value / 16])
            text.append(digits[value % 16])
        }
        return text
    }

    /// True when white text reads better than dark text (relative luminance below 0.3).
    var isDark: Bool {
        func linear(_ channel: Double) -> Double {
            let c = channel / 255
            return c <= 0.040_45 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue) < 0.3
    }

    func mixed(with other: ChartColour, _ t: Double) -> ChartColour {
        ChartColour(
            red: red + (other.red - red) * t, green: green + (other.green - green) * t,
            blue: blue + (other.blue - blue) * t)
    }
}

/// Diverging colours for lift on a log scale: orange below 1, near-white at 1, blue above.
struct LiftColourScale {
    let maxLift: Double
    private static let above = [
        ChartColour(0xEDEDED), ChartColour(0x92C5DE), ChartColour(0x4393C3), ChartColour(0x1D5A9C),
    ]
    private static let below = [
        ChartColour(0xEDEDED), ChartColour(0xFDC98A), ChartColour(0xE08214), ChartColour(0xA34F05),
    ]

    init(maxLift: Double) {
        self.maxLift = maxLift.isFinite && maxLift > 1 ? maxLift : 4
    }

    func colour(for lift: Double) -> ChartColour {
        guard lift.isFinite, lift > 0 else { return Self.above[0] }
        let t = min(max(log(lift) / log(maxLift), -1), 1)
        let stops = t >= 0 ? Self.above : Self.below
        let position = abs(t) * Double(stops.count - 1)
        let index = min(Int(position), stops.count - 2)
        return stops[index].mixed(with: stops[index + 1], position - Double(index))
    }
}

/// The heat map's key: discrete swatches from 1/maxLift to maxLift, plus the "not significant" look.
enum HeatMapLegend {
    static let height = 48.0
    static let minimumWidth = 330.0

    static func draw(_ svg: inout SVGWriter, colours: LiftColourScale, top: Double, hatch: String, width: Double) {
        let steps = 7
        let swatch = 26.0
        svg.open("g", [("class", "legend")])
        svg.label(
            "Lift (log scale)", x: 6, y: top + 11, size: 12,
            extra: [("fill", ChartStyle.mutedTextColour)])
        for step in 0..<steps {
            let exponent = Double(step) / Double(steps - 1) * 2 - 1
            let lift = pow(colours.maxLift, exponent)
            let x = 6 + Double(step) * swatch
            svg.empty(
                "rect",
                [
                    ("x", SVGNumber.format(x)), ("y", SVGNumber.format(top + 17)), ("width", SVGNumber.format(swatch)),
                    ("height", "12"), ("fill", colours.colour(for: lift).hex),
                    ("data-value", SVGNumber.decimal(lift, digits: 3)),
                ])
            if step % 3 == 0 {
                svg.label(
                    liftLabel(lift), x: x + swatch / 2, y: top + 42, anchor: "middle", size: 12,
                    extra: [("fill", ChartStyle.mutedTextColour)])
            }
        }
        let keyX = 6 + Double(steps) * swatch + 18
        svg.empty(
            "rect",
            [
                ("x", SVGNumber.format(keyX)), ("y", SVGNumber.format(top + 17)), ("width", "12"), ("height", "12"),
                ("fill", colours.colour(for: colours.maxLift).hex), ("fill-opacity", "0.45"),
            ])
        svg.empty(
            "rect",
            [
                ("x", SVGNumber.format(keyX)), ("y", SVGNumber.format(top + 17)), ("width", "12"), ("height", "12"),
                ("fill", "url(#" + hatch + ")"),
            ])
        svg.label("Not significant", x: keyX + 17, y: top + 27.5, maxWidth: width - keyX - 23, size: 12)
        svg.close("g")
    }

    /// "¼"-style labels read badly on phones; show lifts below 1 as fractions "1/4".
    private static func liftLabel(_ lift: Double) -> String {
        if lift < 0.999 { return "1/" + SVGNumber.decimal(1 / lift, digits: 1) }
        return SVGNumber.decimal(lift, digits: 1)
    }
}
