// vcsim for Vantage's tests: a real vCenter API simulator (govmomi's simulator package, from
// Debian's golang-github-vmware-govmomi-dev) with the model sizes given as flags. It prints one
// line, "URL https://user:pass@127.0.0.1:PORT/sdk", once it is serving, then a line
// "CERT <path of its PEM certificate>", and runs until stdin closes or it is killed, so that a
// test that dies takes it along.
package main

import (
	"crypto/tls"
	"flag"
	"fmt"
	"io"
	"log"
	"net/url"
	"os"
	"time"

	"github.com/vmware/govmomi/simulator"
)

func main() {
	datacenters := flag.Int("dc", 1, "datacenters")
	clusters := flag.Int("cluster", 1, "clusters per datacenter")
	clusterHosts := flag.Int("host", 3, "hosts per cluster")
	standaloneHosts := flag.Int("standalone-host", 1, "standalone hosts per datacenter")
	machines := flag.Int("vm", 2, "VMs per resource pool (each host's and cluster's root pool)")
	pools := flag.Int("pool", 0, "child resource pools per cluster")
	datastores := flag.Int("ds", 1, "datastores")
	portgroups := flag.Int("pg", 1, "distributed port groups per datacenter")
	folders := flag.Int("folder", 0, "folders per datacenter")
	delay := flag.Int("delay", 0, "milliseconds added to every method call")
	plainHTTP := flag.Bool("http", false, "serve plain HTTP instead of TLS")
	flag.Parse()

	model := simulator.VPX()
	model.Datacenter = *datacenters
	model.Cluster = *clusters
	model.ClusterHost = *clusterHosts
	model.Host = *standaloneHosts
	model.Machine = *machines
	model.Pool = *pools
	model.Datastore = *datastores
	model.Portgroup = *portgroups
	model.Folder = *folders
	model.DelayConfig.Delay = *delay
	defer model.Remove()
	if err := model.Create(); err != nil {
		log.Fatal(err)
	}
	model.Service.Listen = &url.URL{Host: "127.0.0.1:0", User: url.UserPassword("user", "pass")}
	if !*plainHTTP {
		model.Service.TLS = new(tls.Config)
	}
	server := model.Service.NewServer()
	defer server.Close()

	fmt.Printf("URL %s\n", server.URL.String())
	if !*plainHTTP {
		if path, err := server.CertificateFile(); err == nil {
			fmt.Printf("CERT %s\n", path)
		}
	}
	os.Stdout.Sync()

	// Ends when the parent closes our stdin (or exits).
	done := make(chan struct{})
	go func() {
		io.Copy(io.Discard, os.Stdin)
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(24 * time.Hour):
	}
}
