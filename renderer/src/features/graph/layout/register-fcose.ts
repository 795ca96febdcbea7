import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

let registered = false;

/** Registers the fcose layout once per page or worker. */
export function withFcose(): typeof cytoscape {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  return cytoscape;
}
