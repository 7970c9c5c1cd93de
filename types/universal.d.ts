/**
 * The few globals the headless layers (engine, ai, scenario, replay) may use: they exist in Node 20 and in
 * every browser, so these layers typecheck without DOM or Node types (tsconfig.rules.json).
 */
declare function structuredClone<T>(value: T): T;
declare function btoa(data: string): string;
declare function atob(data: string): string;
