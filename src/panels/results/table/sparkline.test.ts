import { describe, expect, it } from 'vitest';
import { sparklinePoints, sparklinePolyline } from './sparkline';

describe('sparkline cells', () => {
  it("reads Splunk's marker and the points after it; other cells are not sparklines", () => {
    expect(sparklinePoints(['##__SPARKLINE__##', '0', '3', 'x'])).toEqual([0, 3, 0]);
    expect(sparklinePoints(['a', 'b'])).toBeNull();
    expect(sparklinePoints(['##__SPARKLINE__##'])).toBeNull();
  });

  it('draws the points across the box, the highest at the top', () => {
    expect(sparklinePolyline([0, 5, 10], 100, 20)).toBe('0.0,19.0 50.0,10.0 100.0,1.0');
    expect(sparklinePolyline([4, 4], 100, 20)).toBe('0.0,19.0 100.0,19.0');
    expect(sparklinePolyline([7], 100, 20)).toBe('0.0,19.0 100.0,19.0');
  });
});
